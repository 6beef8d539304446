using System.Globalization;
using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>The leaderboard script in a real browser: sorting, filtering, extra data, abstracts, the URL state and the keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaderboardInteractionTests(BrowserFixture browser)
{
    private const string Cifar10 = "dataset/cifar-10/image-classification/";
    private const string VisibleRows = "table.leaderboard tbody tr:not(.abstract-row):not([hidden])";

    [BrowserFact]
    public async Task Sorting_by_a_metric_goes_best_first_then_reverses_and_is_kept_in_the_url()
    {
        await using var opened = await browser.OpenAsync(Cifar10);
        var page = opened.Page;
        var ranked = await Values(page);
        Assert.Equal(ranked.OrderDescending(), ranked); // as built: best first

        await page.Locator("th[data-key='date'] button").ClickAsync();
        var dates = await page.Locator(VisibleRows + " time").EvaluateAllAsync<string[]>("ts => ts.map(t => t.textContent)");
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates); // dates: newest first
        Assert.Contains("sort=date&order=desc", page.Url);

        await page.Locator("th[data-key='Accuracy'] button").ClickAsync();
        await page.Locator("th[data-key='Accuracy'] button").ClickAsync();
        var ascending = await Values(page);
        Assert.Equal(ranked.Order(), ascending);
        Assert.Equal("ascending", await page.Locator("th[data-key='Accuracy']").GetAttributeAsync("aria-sort"));
        Assert.Contains("sort=Accuracy&order=asc", page.Url);

        // The link reproduces the view.
        await using var again = await browser.OpenAsync(page.Url[browser.Root.ToString().Length..]);
        Assert.Equal(ascending, await Values(again.Page));
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Filtering_by_text_and_hiding_extra_data_keep_their_state_in_the_url()
    {
        await using var opened = await browser.OpenAsync(Cifar10);
        var page = opened.Page;
        var total = await page.Locator(VisibleRows).CountAsync();

        await page.Locator(".table-tools input[name='q']").FillAsync("resnet");
        Assert.Equal(["Wide ResNet", "ResNet-110"], await Models(page));
        Assert.Contains("q=resnet", page.Url);
        Assert.Equal($"2 of {total} rows shown", await page.Locator(".row-count").TextContentAsync());

        await page.Locator(".table-tools input[name='q']").FillAsync("");
        var extra = await page.Locator("table.leaderboard tbody tr.extra-data").CountAsync();
        Assert.True(extra > 0);
        await page.Locator(".table-tools input[name='extra']").UncheckAsync();
        Assert.Equal(total - extra, await page.Locator(VisibleRows).CountAsync());
        Assert.Equal(0, await page.Locator(VisibleRows + ".extra-data").CountAsync());
        Assert.EndsWith("?extra=hide", page.Url);

        await using var again = await browser.OpenAsync(Cifar10 + "?extra=hide&q=gpipe");
        Assert.Empty(await Models(again.Page)); // GPipe used extra data, so nothing is left
        Assert.False(await again.Page.Locator(".table-tools input[name='extra']").IsCheckedAsync());
        Assert.Equal("gpipe", await again.Page.Locator(".table-tools input[name='q']").InputValueAsync());
    }

    [BrowserFact]
    public async Task Show_all_abstracts_reads_them_from_the_paper_pages_and_hides_them_again()
    {
        await using var opened = await browser.OpenAsync(Cifar10);
        var page = opened.Page;
        var button = page.Locator(".table-tools button[name='abstracts']");
        Assert.Equal(0, await page.Locator("tr.abstract-row").CountAsync());

        await button.ClickAsync();
        await page.Locator("tr.abstract-row").First.WaitForAsync();
        // Every row whose paper has a page on the site gets its abstract; rows citing another source have none.
        var rows = await page.Locator(VisibleRows + ":has(button.abstract-toggle)").CountAsync();
        Assert.True(rows > 50, $"{rows} rows with a paper page");
        Assert.Equal(rows, await page.Locator("tr.abstract-row:not([hidden])").CountAsync());
        Assert.StartsWith("A library for model parallelism", await page.Locator("tr.abstract-row p").First.TextContentAsync());
        Assert.Equal("true", await button.GetAttributeAsync("aria-pressed"));
        Assert.Contains("abstracts=all", page.Url);

        await button.ClickAsync();
        Assert.Equal(0, await page.Locator("tr.abstract-row:not([hidden])").CountAsync());
        Assert.DoesNotContain("abstracts", page.Url);

        // One row's abstract on its own.
        await page.Locator("tr button.abstract-toggle").First.ClickAsync();
        Assert.Equal(1, await page.Locator("tr.abstract-row:not([hidden])").CountAsync());
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Everything_works_from_the_keyboard()
    {
        await using var opened = await browser.OpenAsync(Cifar10);
        var page = opened.Page;
        var ranked = await Values(page);

        // Tab from the filter box reaches the extra-data switch and the abstracts button; then the table's sort buttons.
        await page.Locator(".table-tools input[name='q']").FocusAsync();
        await page.Keyboard.TypeAsync("dense");
        Assert.Equal(["DenseNet-BC (L=190, k=40)"], await Models(page));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("extra", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("abstracts", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("tr.abstract-row:not([hidden])").First.WaitForAsync();

        await page.Locator(".table-tools input[name='q']").FillAsync("");
        await page.Locator("th[data-key='Accuracy'] button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(ranked.Order(), await Values(page));

        // The scrolling table is reachable by keyboard so it can be scrolled with the arrow keys.
        Assert.Equal("0", await page.Locator("section.table-scroll").GetAttributeAsync("tabindex"));
    }

    private static async Task<List<decimal>> Values(IPage page) =>
        (await page.Locator(VisibleRows).EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[2].textContent.trim())"))
            .Select(v => decimal.Parse(v, CultureInfo.InvariantCulture)).ToList();

    private static async Task<string[]> Models(IPage page) =>
        await page.Locator(VisibleRows).EvaluateAllAsync<string[]>("rows => rows.map(r => r.cells[1].firstChild.textContent.trim())");
}
