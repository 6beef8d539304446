using System.Text.RegularExpressions;
using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// A real-size leaderboard (1,556 rows, three metrics: three charts over time and a cost chart): its page shows the first
/// 100 rows and stays within 250 KB, its complete table is a page of its own, its charts draw each series as one path,
/// the records as linked points and the other results as dots, and its feed keeps only the newest entries.
/// </summary>
public sealed partial class LongBoardTests(LongBoardFixture fixture) : IClassFixture<LongBoardFixture>
{
    private BuiltSite Site => fixture.Site;

    private const string CompletePage = "dataset/big-bench/image-classification/all/index.html";

    [Fact]
    public void The_board_shows_its_first_hundred_rows_and_links_a_page_with_every_row()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        var board = Site.Page(LongBoardSite.BoardPage);
        var complete = Site.Page(CompletePage);
        var all = complete.QuerySelectorAll("table.leaderboard tbody tr").ToList();
        Assert.Equal(LongBoardFixture.Rows, all.Count);
        var first = board.QuerySelectorAll("table.leaderboard tbody tr").ToList();
        Assert.Equal(all.Take(100).Select(r => (r.Id, r.TextContent)), first.Select(r => (r.Id, r.TextContent)));
        // Without script a link leads to every row; with it podium.js loads them from the address in data-rest.
        Assert.Equal("./all/", board.QuerySelector("table.leaderboard")!.GetAttribute("data-rest"));
        Assert.Equal("./all/", board.QuerySelector(".table-rest a")!.GetAttribute("href"));
        Assert.StartsWith("All 1556 results", board.QuerySelector(".table-rest a")!.TextContent);
        // The complete table is not split again, has no charts, and leads back to the board.
        Assert.Null(complete.QuerySelector("table.leaderboard")!.GetAttribute("data-rest"));
        Assert.Empty(complete.QuerySelectorAll("svg.sota"));
        Assert.Equal("../", complete.QuerySelectorAll(".breadcrumbs a").Last().GetAttribute("href"));
    }

    [Fact]
    public void The_page_stays_within_its_budget()
    {
        var bytes = new FileInfo(Path.Combine(Site.Output, LongBoardSite.BoardPage)).Length;
        Assert.True(bytes <= 250_000, $"{bytes:N0} bytes");
    }

    [Fact]
    public void Badges_paper_pages_and_feeds_link_rows_where_they_are_shown()
    {
        var complete = Site.Page(CompletePage).QuerySelectorAll("table.leaderboard tbody tr").ToList();
        foreach (var (row, index) in new[] { (complete[0], 0), (complete[99], 99), (complete[100], 100), (complete[^1], complete.Count - 1) })
        {
            var paper = row.QuerySelector("a")!.GetAttribute("href")!;
            var page = Site.Page(BuiltSite.Resolve(paper, CompletePage)!);
            var link = page.QuerySelector("table.summary-table th a")!.GetAttribute("href")!;
            Assert.Equal((index < 100 ? "../../dataset/big-bench/image-classification/#" : "../../dataset/big-bench/image-classification/all/#") + row.Id, link);
        }
    }

    [Fact]
    public void Each_chart_draws_its_lines_as_single_paths_and_each_result_as_one_linked_dot()
    {
        var page = Site.Page(LongBoardSite.BoardPage);
        var charts = page.QuerySelectorAll("figure.sota-chart svg.sota");
        Assert.Equal(4, charts.Length); // Accuracy, Params and Top-5 Accuracy over time; Accuracy against Params
        Assert.Single(page.QuerySelectorAll("figure.cost-chart svg.sota"));
        foreach (var chart in charts)
        {
            var plot = chart.QuerySelector("svg.plot")!;
            Assert.Equal("none", plot.GetAttribute("preserveAspectRatio"));
            Assert.Equal("0 0 100 300", plot.GetAttribute("viewBox"));
            Assert.Single(plot.QuerySelectorAll("path.step"));
            Assert.Single(plot.QuerySelectorAll("path.axis"));
            Assert.Single(plot.QuerySelectorAll("path.grid"));
            Assert.Empty(chart.QuerySelectorAll("line"));
            // Records are links to their rows (here, or in the complete table); every other result is a dot of one path.
            var points = chart.QuerySelectorAll(".points a");
            Assert.Empty(chart.QuerySelectorAll(".points:not(.records) a"));
            var dots = plot.QuerySelector("path.dots")!.GetAttribute("d")!;
            Assert.Equal(LongBoardFixture.Rows, points.Length + Regex.Count(dots, "h0"));
            Assert.True(points.Length > 0);
            var complete = Site.Page(CompletePage);
            Assert.All(points, a =>
            {
                var circle = a.QuerySelector("circle")!;
                Assert.Matches(Percent(), circle.GetAttribute("cx")!);
                var href = a.GetAttribute("href")!;
                Assert.NotNull(href.StartsWith('#') ? page.GetElementById(href[1..]) : complete.GetElementById(href["all/#".Length..]));
                Assert.Contains(": ", a.QuerySelector("title")!.TextContent);
            });
        }
    }

    [Fact]
    public void The_description_counts_the_records_and_names_only_the_newest_five()
    {
        var chart = Site.Page(LongBoardSite.BoardPage).QuerySelector("figure.sota-chart svg.sota")!;
        var description = chart.QuerySelector("desc")!.TextContent;
        var records = Site.Page(CompletePage).QuerySelectorAll("table.leaderboard tbody tr.record").Length;
        Assert.StartsWith($"{LongBoardFixture.Rows:N0}".Replace(",", "", StringComparison.Ordinal) + " ranked results from 2012 to ", description);
        Assert.Contains($"; {records} of them set a new state of the art. The newest five, in order: ", description);
        Assert.Equal(5, chart.QuerySelectorAll(".records a").TakeLast(5).Count(a => description.Contains(a.QuerySelector("title")!.TextContent.Split(':')[0], StringComparison.Ordinal)));
        Assert.True(description.Length < 600, description);
    }

    [Fact]
    public void The_feed_keeps_the_newest_twenty_entries()
    {
        var feed = XDocument.Parse(Site.Text(Path.GetDirectoryName(LongBoardSite.BoardPage) + "/feed.xml")).Root!;
        var updated = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "updated")!.Value).ToList();
        Assert.Equal(20, updated.Count);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        var newestRecord = Site.Page(CompletePage).QuerySelectorAll("table.leaderboard tbody tr.record time").Max(t => t.TextContent);
        Assert.StartsWith(newestRecord!, updated[0]);
    }

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^\d+(\.\d{1,2})?%$")]
    private static partial Regex Percent();
}
