using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>
/// A 1,556-row board in Chromium: its page arrives with the first 100 rows, the script loads the
/// rest from the complete table, and the tools then sort and filter every row; the records'
/// points lead to rows on this page; screenshots of its charts' dots at desktop and phone width.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LongBoardBrowserTests(BrowserFixture browser, LongBoardFixture board) : IClassFixture<LongBoardFixture>
{
    private const string Board = "dataset/big-bench/image-classification/";

    [BrowserFact]
    public async Task The_rest_of_the_rows_are_loaded_and_the_tools_see_all_of_them()
    {
        // Served from a sub-path (site/), as on GitHub Pages: a link that climbs one folder too many shows.
        await using var server = await StaticSiteServer.StartAsync(Path.GetDirectoryName(board.Site.Output)!);
        var site = new Uri(server.Root, Path.GetFileName(board.Site.Output) + "/");
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(new Uri(site, Board).ToString());

        var rows = page.Locator("table.leaderboard tbody tr");
        await page.WaitForFunctionAsync($"() => document.querySelectorAll('table.leaderboard tbody tr').length === {LongBoardFixture.Rows}");
        Assert.True(await page.Locator(".table-rest").IsHiddenAsync());
        Assert.Null(await page.Locator("table.leaderboard").GetAttributeAsync("data-rest"));
        Assert.Equal($"{LongBoardFixture.Rows} of {LongBoardFixture.Rows} rows shown", await page.Locator(".row-count").TextContentAsync());
        // Every row's paper link, the loaded ones included, leads to the paper's page in this site.
        var papers = await page.Locator("table.leaderboard tbody tr td a:not([rel])").EvaluateAllAsync<string[]>("as => as.map(a => a.href)");
        Assert.Equal(LongBoardFixture.Rows, papers.Length);
        Assert.All(papers, href => Assert.StartsWith(new Uri(site, "paper/").ToString(), href));

        // Sorting by date, oldest first, reaches the oldest result, which was only in the complete table.
        await page.Locator("th[data-key='date'] button").ClickAsync();
        await page.Locator("th[data-key='date'] button").ClickAsync();
        Assert.Equal("2012-01-02", await rows.First.Locator("time").TextContentAsync());

        // A record's point that linked the complete table now leads to its row here.
        var hrefs = await page.Locator("figure.sota-chart:not([hidden]) .records a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.All(hrefs, h => Assert.StartsWith("#r-", h));
        Assert.Empty(errors);

        var folder = ExternalTools.OutputFolder("screenshots");
        await page.Locator("figure.sota-chart:not([hidden])").First.ScreenshotAsync(new() { Path = Path.Combine(folder, "long-board-chart-desktop.png") });
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("figure.sota-chart:not([hidden])").First.ScreenshotAsync(new() { Path = Path.Combine(folder, "long-board-chart-phone.png") });
    }

    [BrowserFact]
    public async Task A_paper_whose_row_is_on_the_complete_table_gets_the_board_s_badge()
    {
        // Its results table links the row on all/; the badge is in the board's folder, not in all/.
        var paper = Directory.GetFiles(Path.Combine(board.Site.Output, "paper"), "index.html", SearchOption.AllDirectories)
            .First(f => File.ReadAllText(f).Contains("/all/#r-", StringComparison.Ordinal));
        var path = Path.GetRelativePath(board.Site.Output, Path.GetDirectoryName(paper)!).Replace('\\', '/') + "/";
        await using var server = await StaticSiteServer.StartAsync(board.Site.Output);
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, r) => { if (r.Status >= 400) failed.Add(r.Url); };
        await page.GotoAsync(new Uri(server.Root, path).ToString());
        await page.Locator("details.badges summary").ClickAsync();
        var image = page.Locator(".badge-list img").First;
        Assert.Matches("^(\\.\\./)+dataset/big-bench/image-classification/badge/r-[0-9a-f]{10}\\.svg$", await image.GetAttributeAsync("src"));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.badge-list img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Empty(failed);
    }

    [BrowserFact]
    public async Task Without_script_the_page_links_every_row()
    {
        await using var server = await StaticSiteServer.StartAsync(board.Site.Output);
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.Root, Board).ToString());
        Assert.Equal(100, await page.Locator("table.leaderboard tbody tr").CountAsync());
        await page.Locator(".table-rest a").ClickAsync();
        await page.WaitForURLAsync("**/all/");
        Assert.Equal(LongBoardFixture.Rows, await page.Locator("table.leaderboard tbody tr").CountAsync());
    }
}
