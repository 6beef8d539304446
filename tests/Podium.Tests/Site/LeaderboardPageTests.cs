using System.Text.Json;
using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>The sample CIFAR-10 leaderboard page: its data links resolve to valid files and it is complete without script.</summary>
public sealed class LeaderboardPageTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private const string PagePath = "dataset/cifar-10/image-classification/index.html";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_download_feed_and_alternate_link_resolves_to_a_valid_file()
    {
        var page = Site.Page(PagePath);
        var links = page.QuerySelectorAll(".downloads a, link[rel='alternate']")
            .Select(e => (Href: e.GetAttribute("href")!, Type: e.GetAttribute("type"))).ToList();
        Assert.Equal(3, page.QuerySelectorAll(".downloads a").Length);
        // The board's feed, JSON and CSV; the site feed is announced on the home page, whose footer
        // lists the site's feed and data files, and every other footer links to that list.
        Assert.Equal(3, page.QuerySelectorAll("link[rel='alternate']").Length);
        Assert.Equal("../../../#data", Assert.Single(page.QuerySelectorAll("body > footer a")).GetAttribute("href"));
        var home = Site.Page("index.html");
        Assert.Single(home.QuerySelectorAll("link[rel='alternate'][type='application/atom+xml']"));
        Assert.NotNull(home.QuerySelector("footer#data"));
        Assert.Equal(["./feed.xml", "./data/leaderboards.json", "./data/podium.json.gz"], home.QuerySelectorAll("body > footer a").Select(a => a.GetAttribute("href")));
        foreach (var href in new[] { "feed.xml", "data/leaderboards.json", "data/podium.json.gz" }) Assert.True(File.Exists(Path.Combine(Site.Output, href)), href);

        foreach (var (href, type) in links)
        {
            var file = Path.Combine(Site.Output, BuiltSite.Resolve(href, PagePath)!);
            Assert.True(File.Exists(file), href);
            var text = File.ReadAllText(file);
            switch (Path.GetExtension(file))
            {
                case ".json": using (JsonDocument.Parse(text)) { } Assert.NotEqual("application/atom+xml", type); break;
                case ".gz":
                    using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress))
                    using (JsonDocument.Parse(gzip)) { }
                    break;
                case ".xml": Assert.Equal("{http://www.w3.org/2005/Atom}feed", XDocument.Parse(text).Root!.Name.ToString()); break;
                case ".csv": Assert.StartsWith("rank,model,Accuracy (%),", text); Assert.Equal(64, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); break;
                default: Assert.Fail($"unexpected download {href}"); break;
            }
        }
    }

    [Fact]
    public void Without_script_the_page_shows_the_full_ranked_table_and_hides_the_controls()
    {
        var page = Site.Page(PagePath);
        Assert.Equal(63, page.QuerySelectorAll("table.leaderboard tbody tr").Length);
        Assert.Empty(page.QuerySelectorAll("table.leaderboard tbody tr[hidden]"));
        // The tools are the script's (Browser/LeaderboardInteractionTests): the page carries none of their markup or strings.
        Assert.Null(page.QuerySelector(".table-tools, .results-tools"));
        Assert.DoesNotContain("Filter rows", page.Source.Text, StringComparison.Ordinal);
        // Beside the page, so the shortest relative link is its name.
        Assert.Equal("./leaderboard.json", page.QuerySelectorAll(".downloads a")[1].GetAttribute("href"));
        Assert.Equal("../../../assets/podium.js", page.QuerySelector("script")!.GetAttribute("src"));
        Assert.True(File.Exists(Path.Combine(Site.Output, "assets", "podium.js")));
    }

    [Fact]
    public void Metric_headers_carry_unit_direction_and_sort_hint()
    {
        var header = Site.Page(PagePath).QuerySelector("table.leaderboard thead th.col-metric")!;
        Assert.Equal("Accuracy", header.GetAttribute("data-key"));
        Assert.Equal("high", header.GetAttribute("data-better"));
        Assert.Equal("(%)", header.QuerySelector(".unit")!.TextContent);
        Assert.Equal("↑", header.QuerySelector(".direction")!.TextContent);
    }

    [Fact]
    public void Only_leaderboard_and_paper_pages_load_the_script()
    {
        foreach (var file in new[] { "index.html", "dataset/cifar-10/index.html", "papers/index.html", "task/image-classification/index.html" })
        {
            Assert.Empty(Site.Page(file).QuerySelectorAll("script"));
        }
        Assert.Equal("../../assets/podium.js", Site.Page("paper/gpipe-2018/index.html").QuerySelector("script")!.GetAttribute("src"));
    }
}
