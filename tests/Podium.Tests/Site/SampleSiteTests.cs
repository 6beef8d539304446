using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>The sample site in content/, built as a reader would get it.</summary>
public sealed class SampleSiteTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Builds_without_diagnostics()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
    }

    [Fact]
    public void Cifar10_ranks_gpipe_first_and_ranks_never_decrease()
    {
        var page = Site.Page("dataset/cifar-10/image-classification/index.html");
        var rows = page.QuerySelectorAll("table.leaderboard tbody tr");

        Assert.True(rows.Length >= 60);
        Assert.Equal("1", rows[0].QuerySelector("td")!.TextContent);
        Assert.StartsWith("GPipe", BuiltSite.Model(rows[0]));
        Assert.Equal("99.0", BuiltSite.MetricCells(rows[0])[0].TextContent.Trim());
        Assert.Contains("best", BuiltSite.MetricCells(rows[0])[0].ClassList);
        var ranks = rows.Select(r => int.Parse(r.QuerySelector("td")!.TextContent)).ToList();
        Assert.Equal(ranks.Order(), ranks);
        var values = rows.Select(r => decimal.Parse(BuiltSite.MetricCells(r)[0].TextContent.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderDescending(), values);
    }

    [Fact]
    public void Metric_headers_show_unit_and_direction()
    {
        var header = Site.Page("dataset/imagenet/image-classification/index.html").QuerySelectorAll("th.col-metric").Select(h => h.TextContent).ToList();
        Assert.Contains(header, h => h.Contains("Top-1 Accuracy") && h.Contains("(%)") && h.Contains('↑'));
        Assert.Contains(header, h => h.Contains("Params") && h.Contains('↓'));
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_generated_file()
    {
        var basePath = "/podium/";
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in Site.HtmlFiles())
        {
            var document = Site.Page(Path.GetRelativePath(Site.Output, file));
            var from = Path.GetRelativePath(Site.Output, file).Replace('\\', '/');
            foreach (var href in document.QuerySelectorAll("a[href], link[href], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
            {
                if (href.StartsWith("http", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#')) continue;
                // Pages link relatively; the 404 page, shown at any address, links from the base path.
                Assert.True(from == "404.html" ? href.StartsWith(basePath, StringComparison.Ordinal) : !href.StartsWith('/'), $"{from}: {href}");
                var target = from == "404.html" ? BuiltSite.FileFor(href, basePath) : BuiltSite.Resolve(href, from);
                if (target is null || target.StartsWith("pagefind/", StringComparison.Ordinal)) continue; // written by the Search stage, not run here
                checkedLinks++;
                if (!File.Exists(Path.Combine(Site.Output, target))) broken.Add($"{from} → {href}");
            }
        }
        Assert.Empty(broken);
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page()
    {
        var seen = new HashSet<string> { "index.html" };
        var queue = new Queue<string>(seen);
        while (queue.Count > 0)
        {
            var from = queue.Dequeue();
            var page = Site.Page(from);
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                var file = BuiltSite.Resolve(href, from);
                if (file is not null && file.EndsWith(".html", StringComparison.Ordinal) && seen.Add(file)) queue.Enqueue(file);
            }
        }
        // The search page is reached through the search box on every page (a form, not a link).
        var all = Site.HtmlFiles().Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/')).Where(f => f is not ("404.html" or "search/index.html"));
        Assert.Empty(all.Except(seen));
    }

    [Fact]
    public void Sitemap_lists_every_page_with_absolute_urls()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        var pages = Site.HtmlFiles().Select(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/')).Count(f => f is not ("404.html" or "search/index.html"));

        Assert.Equal(pages, locs.Count);
        Assert.All(locs, l => Assert.StartsWith("https://podium-leaderboards.github.io/podium/", l));
        Assert.Contains("Sitemap: https://podium-leaderboards.github.io/podium/sitemap.xml", Site.Text("robots.txt"));
        Assert.True(File.Exists(Path.Combine(Site.Output, ".nojekyll")));
        Assert.True(File.Exists(Path.Combine(Site.Output, "404.html")));
    }

    [Fact]
    public void Meal_v2_paper_shows_its_chinese_summary_marked_as_chinese()
    {
        var page = Site.Page("paper/meal-v2-2020/index.html");
        var chinese = page.QuerySelector(".summary-block[lang='zh']");
        Assert.NotNull(chinese);
        Assert.Contains("ResNet-50", chinese!.TextContent);
        // The rank alone ("#3"): "of N" would change the page whenever anyone adds a result to the board.
        Assert.Contains(page.QuerySelectorAll("#results ~ .table-scroll td"), td => System.Text.RegularExpressions.Regex.IsMatch(td.TextContent, "^(#[1-3]|top (5|10|25|50|100)|> 100)$"));
    }

    [Fact]
    public void Pages_request_nothing_from_other_sites()
    {
        foreach (var file in Site.HtmlFiles())
        {
            var document = Site.Page(Path.GetRelativePath(Site.Output, file));
            var external = document.QuerySelectorAll("link[rel='stylesheet'], link[rel='icon'], script[src], img[src], iframe, object")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "")
                .Where(u => u.Contains(':', StringComparison.Ordinal) || u.StartsWith("//", StringComparison.Ordinal));
            Assert.Empty(external);
        }
    }
}
