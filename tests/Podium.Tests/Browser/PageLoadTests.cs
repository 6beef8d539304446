using Microsoft.Playwright;
using Podium.Tests.Support;

namespace Podium.Tests.Browser;

/// <summary>Every kind of page loads in Chromium with no console error, no failed request and nothing fetched from another site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserFixture browser)
{
    /// <summary>One page of every kind, by its path from the site root.</summary>
    public static readonly string[] Paths =
    [
        "",                                        // home
        "tasks/",
        "task/image-classification/",
        "datasets/",
        "dataset/cifar-10/",
        "dataset/cifar-10/image-classification/",  // leaderboard, with its script
        "paper/gpipe-2018/",
        "papers/",
        "papers/2018-11/",                         // a month
        "author/yanping-huang/",
        "tag/model-parallelism/",
        "search/?q=cifar",
        "404.html",
    ];

    public static TheoryData<string> PageTypes => new(Paths);

    [BrowserTheory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_loads_cleanly_and_stays_on_the_site(string path)
    {
        await using var opened = await browser.OpenAsync(path, readyWhen: ReadyWhen(path));
        Assert.Empty(opened.ConsoleErrors);
        Assert.Empty(opened.FailedResponses);
        Assert.Empty(opened.OffSiteRequests);
        Assert.False(string.IsNullOrWhiteSpace(await opened.Page.TitleAsync()));
        Assert.Equal(1, await opened.Page.Locator("h1").CountAsync());
    }

    /// <summary>What shows that a page which fills itself in after loading is done: the search page's results.</summary>
    public static string? ReadyWhen(string path) => path.StartsWith("search/", StringComparison.Ordinal) ? ".search-results li a" : null;

    // Names the outermost elements that stick out past the right edge, for the failure message.
    private const string WiderThanViewport = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .filter(e => !e.parentElement.closest('.table-scroll'))
          .slice(0, 5)
          .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).replace(/ /g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
          .join(', ')
        """;

    [BrowserFact]
    public async Task Unknown_address_gets_the_404_page()
    {
        await using var opened = await browser.OpenAsync("no/such/page/");
        Assert.Contains("Page not found", await opened.Page.TitleAsync());
    }

    /// <summary>A name for each page kind's screenshots.</summary>
    private static readonly (string Name, string Path)[] Kinds =
    [
        ("home", ""), ("tasks", "tasks/"), ("task", "task/image-classification/"), ("datasets", "datasets/"),
        ("dataset", "dataset/cifar-10/"), ("leaderboard", "dataset/cifar-10/image-classification/"),
        ("leaderboard-imagenet", "dataset/imagenet/image-classification/"), ("paper", "paper/gpipe-2018/"),
        ("papers", "papers/"), ("month", "papers/2018-11/"), ("author", "author/yanping-huang/"),
        ("tag", "tag/model-parallelism/"), ("search", "search/?q=cifar"), ("404", "404.html"),
    ];

    [BrowserFact]
    public async Task Screenshots_of_every_page_kind_at_desktop_and_phone_width_in_light_and_dark()
    {
        var folder = ExternalTools.OutputFolder("screenshots");
        Assert.Empty(Paths.Except(Kinds.Select(k => k.Path)));
        var problems = new List<string>();
        foreach (var (name, path) in Kinds)
        {
            foreach (var (device, size) in new[] { ("desktop", BrowserFixture.Desktop), ("phone", BrowserFixture.Phone) })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    await using var opened = await browser.OpenAsync(path, size, scheme, ReadyWhen(path));
                    var file = Path.Combine(folder, $"{name}-{device}-{(scheme == ColorScheme.Dark ? "dark" : "light")}.png");
                    await opened.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    Assert.True(new FileInfo(file).Length > 10_000, file);
                    // Nothing may make a page scroll sideways: wide tables scroll inside their own boxes, and charts fit.
                    var overflow = await opened.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 0) problems.Add($"{name} at {device} width scrolls sideways by {overflow}px: {await opened.Page.EvaluateAsync<string>(WiderThanViewport)}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
