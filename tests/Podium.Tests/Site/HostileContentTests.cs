using System.Text.RegularExpressions;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>The ranking fixture carries script, event handlers and unsafe links in its text fields.</summary>
public sealed class HostileContentTests(RankingSiteFixture fixture) : IClassFixture<RankingSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void No_page_contains_contributor_script_handlers_or_unsafe_links()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        foreach (var file in Site.HtmlFiles())
        {
            var document = Site.Page(Path.GetRelativePath(Site.Output, file));
            var name = Path.GetRelativePath(Site.Output, file);
            // Only the site's own script, and Pagefind's UI on the search page.
            var root = Podium.Tests.Hostile.SafeOutput.RootFor(name, "/sub/path/");
            Assert.True(document.QuerySelectorAll("script").All(s => s.GetAttribute("src") == root + "assets/podium.js" || s.GetAttribute("src") == root + "assets/results.js"), name);
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed, [onclick], [onerror], [onmouseover]"));
            // No page carries an image: the badges are made by podium.js and the logo is drawn by the stylesheet.
            Assert.Empty(document.QuerySelectorAll("img"));
            var hrefs = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!.Trim().ToLowerInvariant());
            Assert.DoesNotContain(hrefs, h => h.StartsWith("javascript:") || h.StartsWith("data:") || h.StartsWith("vbscript:"));
        }
    }

    [Fact]
    public void Hostile_text_is_shown_escaped()
    {
        var paper = Site.Page("paper/alpha-2020/index.html");
        Assert.Equal("Alpha <script>alert('title')</script>", paper.QuerySelector("h1")!.TextContent);
        Assert.Contains("Bob <img src=x onerror=alert(1)>", paper.QuerySelector(".byline")!.TextContent);
        Assert.Contains("<div onclick=\"alert(6)\">raw html</div>", paper.QuerySelector(".summary-block .prose")!.TextContent);
        Assert.Equal("https://example.org/good", paper.QuerySelector(".summary-block .prose a")!.GetAttribute("href"));
        Assert.Single(paper.QuerySelectorAll(".summary-block .prose a"));
        Assert.Contains("Ranking <fixture> & \"friends\"", paper.Title);
    }

    [Fact]
    public void Pages_link_relatively_and_the_404_page_from_the_base_path()
    {
        var home = Site.Page("index.html");
        // Pages link relatively, so the folder works at any address; the 404 page, shown at any address, from the base path.
        var links = home.QuerySelectorAll("a[href^='./']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.Empty(home.QuerySelectorAll("a[href^='/']"));
        Assert.All(Site.Page("404.html").QuerySelectorAll("a[href^='/'], link[href^='/']"), l => Assert.StartsWith("/sub/path/", l.GetAttribute("href")));
        Assert.NotEmpty(Site.Page("404.html").QuerySelectorAll("a[href^='/sub/path/']"));
        Assert.Equal("https://example.org/sub/path/", home.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Fact]
    public void Leaderboard_page_shows_shared_ranks_extra_data_and_unranked_rows()
    {
        var page = Site.Page("dataset/toy/classification/index.html");
        var rows = page.QuerySelectorAll("table.leaderboard tbody tr");

        Assert.Equal(["1", "2", "2", "2", "5", "–"], rows.Select(r => r.QuerySelector("td")!.TextContent));
        Assert.Contains("extra-data", rows[0].ClassList);
        Assert.Contains("unranked", rows[5].ClassList);
        // The legend explains the extra-data label and the unranked row's dash.
        Assert.NotNull(page.QuerySelector(".table-legend .badge-extra"));
        Assert.NotNull(page.QuerySelector(".table-legend .legend-unranked"));
        // Params is lower-is-better: the smallest value (5, on the unranked row) is the column's best.
        Assert.Contains("best", BuiltSite.MetricCells(rows[5])[1].ClassList);
        Assert.Equal("90.10", BuiltSite.MetricCells(rows[2])[0].TextContent.Trim());
    }
}
