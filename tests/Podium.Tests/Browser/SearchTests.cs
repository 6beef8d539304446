using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>Search in Chromium over the Pagefind index the build wrote: from the header box on the home page to linked results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    private const string Results = ".pagefind-ui__result-link";

    [BrowserFact]
    public async Task Typing_cifar_on_the_home_page_lists_the_cifar_leaderboards_first()
    {
        await using var opened = await browser.OpenAsync("");
        var page = opened.Page;
        await page.Locator("#site-search-q").FillAsync("cifar");
        await page.Locator("#site-search-q").PressAsync("Enter");
        await page.WaitForURLAsync("**/search/?q=cifar");
        await page.Locator(Results).First.WaitForAsync();

        var first = await page.Locator(Results).EvaluateAllAsync<string[]>("links => links.slice(0, 2).map(a => a.getAttribute('href'))");
        var all = await page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(first.Order(StringComparer.Ordinal).SequenceEqual(["/dataset/cifar-10/image-classification/", "/dataset/cifar-100/image-classification/"]), string.Join(", ", all));
        Assert.Empty(opened.ConsoleErrors);
        Assert.Empty(opened.OffSiteRequests);
    }

    [BrowserFact]
    public async Task A_linked_search_for_gpipe_finds_its_paper_and_keeps_the_query_in_the_url()
    {
        await using var opened = await browser.OpenAsync("search/?q=GPipe");
        var page = opened.Page;
        await page.Locator(Results).First.WaitForAsync();
        var hrefs = await page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/paper/gpipe-2018/", hrefs.Take(3));

        await page.Locator(".pagefind-ui__search-input").FillAsync("resnet");
        // replaceState changes the URL without a navigation, so wait on the URL itself.
        await page.WaitForFunctionAsync("() => location.search === '?q=resnet'");
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Results_can_be_filtered_by_kind()
    {
        await using var opened = await browser.OpenAsync("search/?q=cifar");
        var page = opened.Page;
        await page.Locator(Results).First.WaitForAsync();
        var all = await Hrefs(page);
        Assert.Contains(all, href => !IsLeaderboard(href));

        // The "kind" group of the filter panel, opened, and its "Leaderboard" box ticked.
        var kind = page.Locator(".pagefind-ui__filter-block", new()
        {
            Has = page.Locator(".pagefind-ui__filter-name", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\s*kind\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }),
        });
        await kind.WaitForAsync(new() { Timeout = 15_000 });
        if (await kind.GetAttributeAsync("open") is null) await kind.Locator(".pagefind-ui__filter-name").ClickAsync();
        await kind.Locator(".pagefind-ui__filter-value", new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^\s*Leaderboard\b") })
            .Locator("input.pagefind-ui__filter-checkbox").CheckAsync();

        // Wait for the filtered list itself: only leaderboards, and the ones the search found.
        await page.WaitForFunctionAsync(
            "sel => { const links = [...document.querySelectorAll(sel)]; return links.length > 0 && links.every(a => /^\\/dataset\\/[^/]+\\/[^/]+\\/$/.test(a.getAttribute('href'))); }",
            Results);
        var filtered = await Hrefs(page);
        Assert.All(filtered, href => Assert.True(IsLeaderboard(href), href));
        Assert.Contains("/dataset/cifar-10/image-classification/", filtered);
        Assert.True(filtered.Length < all.Length, $"{filtered.Length} results after filtering, {all.Length} before");
        Assert.Empty(opened.ConsoleErrors);
    }

    private static Task<string[]> Hrefs(Microsoft.Playwright.IPage page) =>
        page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    private static bool IsLeaderboard(string href) => System.Text.RegularExpressions.Regex.IsMatch(href, "^/dataset/[^/]+/[^/]+/$");
}
