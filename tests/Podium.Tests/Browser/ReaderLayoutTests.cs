using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>
/// The sample site as a reader on a phone sees it: the ranking metric in view beside the model,
/// charts no wider than the screen, chart points that say what they are, and a whole header
/// cell that sorts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderLayoutTests(BrowserFixture browser)
{
    public static TheoryData<string> Leaderboards => new()
    {
        "dataset/cifar-10/image-classification/",
        "dataset/cifar-100/image-classification/",
        "dataset/imagenet/image-classification/",
        "dataset/imagenet/zero-shot-image-classification/",
    };

    [BrowserTheory]
    [MemberData(nameof(Leaderboards))]
    public async Task On_a_phone_the_first_rows_ranking_metric_is_in_view_and_no_chart_is_wider_than_the_screen(string path)
    {
        await using var opened = await browser.OpenAsync(path, BrowserFixture.Phone);
        var page = opened.Page;
        var viewport = page.ViewportSize!.Width;
        var rankBy = await page.Locator("table.leaderboard thead th.is-rank-by").EvaluateAsync<int>("th => [...th.parentElement.children].indexOf(th)");
        var cell = page.Locator("table.leaderboard tbody tr").First.Locator($":scope > :nth-child({rankBy + 1})");
        var box = (await cell.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= viewport, $"{path}: the ranking metric of row 1 spans {box.X:0}–{box.X + box.Width:0}px of a {viewport}px screen");
        Assert.False(string.IsNullOrWhiteSpace(await cell.TextContentAsync()));

        foreach (var chart in await page.Locator("figure.sota-chart:not([hidden]) svg, .chart-box").AllAsync())
        {
            var chartBox = (await chart.BoundingBoxAsync())!;
            Assert.True(chartBox.X >= 0 && chartBox.X + chartBox.Width <= viewport, $"{path}: a chart spans {chartBox.X:0}–{chartBox.X + chartBox.Width:0}px of a {viewport}px screen");
        }
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Home_state_of_the_art_table_shows_model_and_score_on_a_phone()
    {
        await using var opened = await browser.OpenAsync("", BrowserFixture.Phone);
        var row = opened.Page.Locator(".summary-table tbody tr").First;
        foreach (var cell in new[] { row.Locator("td").Nth(0), row.Locator("td").Nth(1) })
        {
            var box = (await cell.BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= BrowserFixture.Phone.Width, $"{await cell.TextContentAsync()} ends at {box.X + box.Width:0}px");
        }
    }

    [BrowserFact]
    public async Task A_chart_point_shows_a_tooltip_naming_its_model_on_hover_and_on_keyboard_focus_and_links_to_its_row()
    {
        await using var opened = await browser.OpenAsync("dataset/cifar-10/image-classification/", BrowserFixture.Phone);
        var page = opened.Page;
        var point = page.Locator("figure.sota-chart svg .points a").Last; // the last drawn is the current leader
        await point.HoverAsync();
        var tip = page.Locator(".chart-tip");
        Assert.True(await tip.IsVisibleAsync());
        // The point names model and value; the script adds the row's date and paper.
        Assert.Matches(@"^GPipe \(AmoebaNet-B\): 99\.0%, \d{4}-\d{2}-\d{2}, GPipe: ", await tip.TextContentAsync());
        var tipBox = (await tip.BoundingBoxAsync())!;
        Assert.True(tipBox.X >= 0 && tipBox.X + tipBox.Width <= BrowserFixture.Phone.Width, "the tooltip stays on the screen");

        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("figure.sota-chart svg .points a").First.FocusAsync();
        var model = (await page.Locator("figure.sota-chart svg .points a").First.Locator("title").TextContentAsync())!.Split(':')[0];
        Assert.StartsWith(model + ":", await tip.TextContentAsync());

        await point.ClickAsync();
        Assert.EndsWith("#" + (await page.Locator("table.leaderboard tbody tr").First.GetAttributeAsync("id")), page.Url);
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Clicking_anywhere_in_a_header_cell_sorts_and_rows_without_an_abstract_get_no_abstract_button()
    {
        await using var opened = await browser.OpenAsync("dataset/cifar-10/image-classification/");
        var page = opened.Page;
        var header = page.Locator("th[data-key='date']");
        var box = (await header.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width - 3, box.Y + box.Height - 3); // the cell's corner, outside its text
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        Assert.Equal(0, await page.Locator("tr.no-abstract button.abstract-toggle").CountAsync());
    }

    [BrowserFact]
    public async Task More_columns_unfolds_sparse_columns_without_script()
    {
        await using var opened = await browser.OpenAsync("dataset/imagenet/image-classification/");
        var page = opened.Page;
        var folded = page.Locator("table.leaderboard th[data-key='Params']");
        Assert.False(await folded.IsVisibleAsync());
        await page.Locator(".more-columns input").CheckAsync();
        Assert.True(await folded.IsVisibleAsync());
    }
}
