using System.Text.RegularExpressions;
using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// A real-size leaderboard (1,556 rows, three metrics: three charts over time and a cost chart): its page stays within its
/// byte budget, its charts draw each series as one path and each result as one linked point, and
/// its feed keeps only the newest entries.
/// </summary>
public sealed partial class LongBoardTests(LongBoardFixture fixture) : IClassFixture<LongBoardFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void The_board_builds_with_every_row_in_its_table()
    {
        Assert.True(Site.Result.Succeeded, string.Join("\n", Site.Result.Diagnostics));
        Assert.Equal(LongBoardFixture.Rows, Site.Page(LongBoardSite.BoardPage).QuerySelectorAll("table.leaderboard tbody tr").Length);
    }

    [Fact]
    public void The_page_stays_within_its_budget_per_row()
    {
        var bytes = new FileInfo(Path.Combine(Site.Output, LongBoardSite.BoardPage)).Length;
        Assert.True(bytes <= LongBoardFixture.Rows * BytesPerRowBudget, $"{bytes:N0} bytes, {bytes / LongBoardFixture.Rows} per row");
    }

    /// <summary>
    /// A table row (about 400 bytes) and a linked point in each of four charts (about 110 bytes
    /// each), with a tenth to spare: 858 bytes a row when measured (1,335,287 bytes in all).
    /// </summary>
    private const int BytesPerRowBudget = 950;

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
            var points = chart.QuerySelectorAll(".points a");
            Assert.Equal(LongBoardFixture.Rows, points.Length);
            Assert.All(points, a =>
            {
                var circle = a.QuerySelector("circle")!;
                Assert.Matches(Percent(), circle.GetAttribute("cx")!);
                Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..]));
                Assert.Contains(": ", a.QuerySelector("title")!.TextContent);
            });
        }
    }

    [Fact]
    public void The_description_counts_the_records_and_names_only_the_newest_five()
    {
        var chart = Site.Page(LongBoardSite.BoardPage).QuerySelector("figure.sota-chart svg.sota")!;
        var description = chart.QuerySelector("desc")!.TextContent;
        var records = Site.Page(LongBoardSite.BoardPage).QuerySelectorAll("table.leaderboard tbody tr.record").Length;
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
        var newestRecord = Site.Page(LongBoardSite.BoardPage).QuerySelectorAll("table.leaderboard tbody tr.record time").Max(t => t.TextContent);
        Assert.StartsWith(newestRecord!, updated[0]);
    }

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [GeneratedRegex(@"^\d+(\.\d{1,2})?%$")]
    private static partial Regex Percent();
}
