using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>
/// The "as of" date and the status filter (assets/results.js) in Chromium, on the evidence fixture's
/// Bench board. Its results are dated: ResNet-50 (long schedule) 2019-03-01, Net B 2019-09-01,
/// Net C 2020-02-01, ResNet-50 2020-08-01, Net E and Net F (unranked) 2021-01-15.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AsOfTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Bench = "dataset/bench/classification/";
    private const string Shown = "table.leaderboard tbody tr:not(.abstract-row):not([data-out]):not([hidden])";

    private BuiltSite? _site;
    private StaticSiteServer? _server;

    public async Task InitializeAsync()
    {
        if (browser.Browser is null) return; // skipped: no Chromium outside CI
        _site = new BuiltSite(Repo.Fixture("valid", "evidence") + "/content", new Uri("http://127.0.0.1/"));
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));
        _server = await StaticSiteServer.StartAsync(_site.Output);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _site?.Dispose();
    }

    private async Task<(IBrowserContext Context, IPage Page, List<string> Errors)> Open(string query)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add("uncaught: " + e);
        await page.GotoAsync(new Uri(_server!.Root, Bench + query).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return (context, page, errors);
    }

    /// <summary>Shown rows as "rank model", records marked with a star.</summary>
    private static Task<string[]> Rows(IPage page) => page.Locator(Shown).EvaluateAllAsync<string[]>(
        "rows => rows.map(r => r.cells[0].textContent + ' ' + r.querySelector('th').firstChild.textContent.trim() + (r.classList.contains('record') ? ' *' : ''))");

    [BrowserFact]
    public async Task The_board_as_of_three_dates_hides_later_results_and_recomputes_ranks_and_records()
    {
        var (context, page, errors) = await Open("?asof=2019-06-30");
        await using var _ = context;
        Assert.Equal(["1 ResNet-50 (long schedule) *"], await Rows(page));
        Assert.Equal("As of 2019-06-30: 1 of 6 results; best ResNet-50 (long schedule) (80.0 ± 0.5).", await page.Locator(".asof-summary").TextContentAsync());
        Assert.Equal(1, await page.Locator("svg.sota .asof-mark").CountAsync());
        // Today's rank ranges would be wrong for that day: the column is hidden.
        Assert.False(await page.Locator("th.col-rank-range").IsVisibleAsync());

        await page.Locator("input[name='asof']").FillAsync("2019-12-31");
        await page.Locator("input[name='asof']").DispatchEventAsync("change");
        Assert.Equal(["1 Net B *", "2 ResNet-50 (long schedule) *"], await Rows(page));
        Assert.Contains("asof=2019-12-31", page.Url);

        await page.Locator("input[name='asof']").FillAsync("2020-12-31");
        await page.Locator("input[name='asof']").DispatchEventAsync("change");
        Assert.Equal(["1 Net C *", "2 Net B *", "3 ResNet-50 (long schedule) *", "4 ResNet-50"], await Rows(page));

        // Clearing the date restores today's board: the ranks as built, no mark on the chart.
        await page.Locator("input[name='asof']").FillAsync("");
        await page.Locator("input[name='asof']").DispatchEventAsync("change");
        Assert.Equal(["1 Net C *", "2 Net E", "3 Net B *", "4 ResNet-50 (long schedule) *", "5 ResNet-50", "– Net F (no accuracy)"], await Rows(page));
        Assert.DoesNotContain("asof=", page.Url);
        Assert.Equal(0, await page.Locator("svg.sota .asof-mark").CountAsync());
        Assert.True(await page.Locator("th.col-rank-range").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_url_state_is_restored_on_load_and_kept_when_the_table_is_sorted()
    {
        var (context, page, errors) = await Open("?asof=2020-12-31&status=checked");
        await using var _ = context;
        Assert.Equal("2020-12-31", await page.Locator("input[name='asof']").InputValueAsync());
        Assert.Equal("checked", await page.Locator("select[name='status']").InputValueAsync());
        // Checked rows as of that date; ResNet-50's only check says it was not reproduced.
        Assert.Equal(["1 Net C *", "2 Net B *", "3 ResNet-50 (long schedule) *"], await Rows(page));
        // podium.js rewrites the query string when it starts and when it sorts; both keys survive.
        Assert.Contains("asof=2020-12-31", page.Url);
        Assert.Contains("status=checked", page.Url);
        await page.Locator("th[data-key='date'] button").ClickAsync();
        Assert.Contains("sort=date", page.Url);
        Assert.Contains("asof=2020-12-31", page.Url);
        Assert.Contains("status=checked", page.Url);
        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task The_status_filter_keeps_the_chosen_statuses()
    {
        var (context, page, errors) = await Open("");
        await using var _ = context;
        await page.Locator("select[name='status']").SelectOptionAsync("reproduced");
        Assert.Equal(["1 Net C *", "4 ResNet-50 (long schedule) *"], await Rows(page));
        Assert.Contains("status=reproduced", page.Url);
        await page.Locator("select[name='status']").SelectOptionAsync("not-reproduced");
        Assert.Equal(["5 ResNet-50"], await Rows(page));
        await page.Locator("select[name='status']").SelectOptionAsync("");
        Assert.Equal(6, await page.Locator(Shown).CountAsync());
        Assert.Empty(errors);
    }
}
