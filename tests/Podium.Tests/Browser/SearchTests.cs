using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>Search in Chromium over the Pagefind index the build wrote: from the header box on the home page to linked results.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    private const string Results = ".search-results li > p:first-child > a";

    [BrowserFact]
    public async Task Typing_cifar_on_the_home_page_lists_the_cifar_leaderboards_first()
    {
        await using var opened = await browser.OpenAsync("");
        var page = opened.Page;
        await page.Locator("header form input").FillAsync("cifar");
        await page.Locator("header form input").PressAsync("Enter");
        // The address changes when the search page's navigation commits; its load event waits for
        // Pagefind's files, which on a busy machine took longer than the default 30 s.
        await page.WaitForURLAsync("**/search/?q=cifar", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(Results).First.WaitForAsync(new() { Timeout = 90_000 });

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

        await page.Locator("#search-q").FillAsync("resnet");
        // replaceState changes the URL without a navigation, so wait on the URL itself.
        await page.WaitForFunctionAsync("() => location.search === '?q=resnet'");
        Assert.Empty(opened.ConsoleErrors);
    }

    [BrowserFact]
    public async Task Results_can_be_filtered_by_kind_and_the_filter_is_kept_in_the_url()
    {
        await using var opened = await browser.OpenAsync("search/?q=cifar");
        var page = opened.Page;
        await page.Locator(Results).First.WaitForAsync();
        var all = await Hrefs(page);
        Assert.Contains(all, h => h.StartsWith("/paper/", StringComparison.Ordinal));
        Assert.Contains(all, h => h.StartsWith("/dataset/", StringComparison.Ordinal));

        await page.Locator(".search-kinds input[value='Paper']").CheckAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('kind=Paper')");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.search-results li > p:first-child > a')].every(a => a.getAttribute('href').startsWith('/paper/'))");
        var papers = await Hrefs(page);
        Assert.NotEmpty(papers);
        Assert.All(papers, h => Assert.StartsWith("/paper/", h));
        Assert.True(papers.Length < all.Length + 10);

        // The filter comes back from a link.
        await using var linked = await browser.OpenAsync("search/?q=cifar&kind=Dataset");
        await linked.Page.Locator(Results).First.WaitForAsync();
        Assert.True(await linked.Page.Locator(".search-kinds input[value='Dataset']").IsCheckedAsync());
        Assert.All(await Hrefs(linked.Page), h => Assert.StartsWith("/dataset/", h));
        Assert.Empty(opened.ConsoleErrors);
    }

    private static Task<string[]> Hrefs(IPage page) => page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    // What readers type, and the page it names: that page comes first, then the rest by kind
    // (leaderboards, tasks, datasets, papers), and author pages never before another kind.
    [BrowserTheory]
    [InlineData("cifar-10", "/dataset/cifar-10/")]
    [InlineData("imagenet", "/dataset/imagenet/")]
    [InlineData("gpipe", "/paper/gpipe-2018/")]
    [InlineData("resnet", "/paper/resnet-2015/")]
    [InlineData("knowledge distillation", "/paper/")]
    public async Task A_query_finds_the_page_it_names_first_and_authors_last(string query, string first)
    {
        await using var opened = await browser.OpenAsync("search/?q=" + Uri.EscapeDataString(query));
        var page = opened.Page;
        await page.Locator(Results).First.WaitForAsync();
        var hrefs = await page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Console.WriteLine($"{query}: {string.Join(" ", hrefs)}");
        Assert.StartsWith(first, hrefs[0]);
        var lastOther = Array.FindLastIndex(hrefs, h => !h.StartsWith("/author/", StringComparison.Ordinal));
        var firstAuthor = Array.FindIndex(hrefs, h => h.StartsWith("/author/", StringComparison.Ordinal));
        Assert.True(firstAuthor < 0 || firstAuthor > lastOther, string.Join(", ", hrefs));
        // After the pages the query names (the dataset imagenet and the paper imagenet-2009 for "imagenet"), kinds in order.
        var wanted = Key(query);
        var rest = hrefs.SkipWhile(h => Key(System.Text.RegularExpressions.Regex.Replace(h.TrimEnd('/').Split('/')[^1], "-[0-9]{4}$", "")) == wanted).Select(h => h.Split('/')[1] switch
        {
            "dataset" when h.Count(c => c == '/') == 4 => 0, // a leaderboard: /dataset/<id>/<task>/
            "task" => 1,
            "dataset" => 2,
            "paper" => 3,
            _ => 4,
        }).ToList();
        Assert.Equal(rest.Order(), rest);
    }

    private static string Key(string text) => new(text.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
