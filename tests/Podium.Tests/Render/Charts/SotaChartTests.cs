using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Charts;

/// <summary>The state-of-the-art chart drawn on leaderboard pages, read back from the generated SVG.</summary>
public sealed partial class SotaChartTests(SotaSiteFixture fixture, SampleSiteFixture sample)
    : IClassFixture<SotaSiteFixture>, IClassFixture<SampleSiteFixture>
{
    private IDocument Page => fixture.Site.Page(SotaSiteFixture.LeaderboardDir + "index.html");

    [Fact]
    public void Every_ranked_result_is_one_point()
    {
        var chart = Page.QuerySelector("figure.sota-chart svg")!;
        var others = Vertices(chart.QuerySelector("path.points")!.GetAttribute("d")!);
        var records = chart.QuerySelectorAll("circle.record");
        var rankedRows = Page.QuerySelectorAll("table.leaderboard tbody tr:not(.unranked)");

        Assert.Equal(7, rankedRows.Length); // Net F has no error rate: listed, not charted.
        Assert.Equal(rankedRows.Length, others.Count + records.Length);
    }

    [Fact]
    public void Step_line_visits_exactly_the_record_holders_in_date_order()
    {
        var chart = Page.QuerySelector("figure.sota-chart svg")!;
        var records = chart.QuerySelectorAll("circle.record").ToList();
        var centres = records.Select(c => (Number(c.GetAttribute("cx")!), Number(c.GetAttribute("cy")!))).ToList();

        Assert.Equal(centres, StepCorners(chart.QuerySelector("path.step")!.GetAttribute("d")!));
        // Baseline G (2014), Net A (2015), Net C (2016, first to 4.0; Net D ties later), Net E (beats Net H on the same day).
        Assert.Equal(["Baseline G", "Net A", "Net C", "<b>Net E</b> & \"friends\""],
            records.Select(c => c.QuerySelector("title")!.TextContent.Split(':')[0]));
    }

    [Fact]
    public void Lower_is_better_ranks_ascending_and_each_record_sits_lower_on_the_chart()
    {
        var ranks = Page.QuerySelectorAll("table.leaderboard tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        var models = Page.QuerySelectorAll("table.leaderboard tbody tr").Select(BuiltSite.Model).ToList();
        Assert.Equal(["1", "2", "3", "3", "5", "6", "7", "–"], ranks);
        Assert.Equal(["<b>Net E</b> & \"friends\"", "=Net H", "Net C", "Net D", "Net A", "Net B", "Baseline G", "Net F"], models);

        var ys = Page.QuerySelectorAll("circle.record").Select(c => Number(c.GetAttribute("cy")!)).ToList();
        Assert.True(ys.Zip(ys.Skip(1)).All(p => p.Second > p.First), "each new record has a lower error, drawn lower: " + string.Join(", ", ys));
        Assert.Contains("lower is better", Page.QuerySelector("svg .axis-title")!.TextContent);
    }

    [Fact]
    public void Chart_has_a_text_alternative_and_a_caption_naming_the_leader()
    {
        var svg = Page.QuerySelector("figure.sota-chart svg")!;
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Error rate (%) over time", Page.GetElementById(labelledBy[0])!.TextContent);
        var description = Page.GetElementById(labelledBy[1])!.TextContent;
        Assert.StartsWith("7 ranked results from 2014 to 2018.", description);
        Assert.Contains("Net A, 5.0% (1 Mar 2015)", description);
        Assert.Equal("State of the art by Error rate (%). Current leader: <b>Net E</b> & \"friends\" with 2.5%, since 1 May 2018.",
            Page.QuerySelector("figure.sota-chart figcaption")!.TextContent);
        Assert.Empty(Page.QuerySelectorAll("figure.sota-chart svg b, figure.sota-chart svg script"));
    }

    [Fact]
    public void Sample_cifar10_chart_ends_with_gpipe()
    {
        var page = sample.Site.Page("dataset/cifar-10/image-classification/index.html");
        var last = page.QuerySelectorAll("figure.sota-chart circle.record").Last();
        Assert.StartsWith("GPipe (AmoebaNet-B): 99.0%", last.QuerySelector("title")!.TextContent);
        Assert.Contains("Current leader: GPipe (AmoebaNet-B)", page.QuerySelector("figure.sota-chart figcaption")!.TextContent);
    }

    [Fact]
    public void Leaderboard_without_ranked_results_has_no_chart()
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/tasks/t.yaml", "name: T\n");
        temp.Write("content/datasets/d.yaml", "name: D\nleaderboards:\n  - task: t\n    metrics:\n      - name: A\n        higher_is_better: true\n      - name: B\n        higher_is_better: true\n");
        temp.Write("content/results/r.yaml", "source:\n  title: S\n  date: 2020-01-01\nresults:\n  - dataset: d\n    model: M\n    metrics: { B: 1 }\n");
        using var site = new BuiltSite(temp.Combine("content"));

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Null(site.Page("dataset/d/t/index.html").QuerySelector("figure.sota-chart"));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(-?[\d.]+) (-?[\d.]+)h0")]
    private static partial Regex Dot();

    private static List<(double, double)> Vertices(string d) =>
        Dot().Matches(d).Select(m => (Number(m.Groups[1].Value), Number(m.Groups[2].Value))).ToList();

    [GeneratedRegex(@"([MHV])(-?[\d.]+)(?: (-?[\d.]+))?")]
    private static partial Regex Command();

    /// <summary>The points where the step line turns: the start, then the end of each vertical segment.</summary>
    private static List<(double, double)> StepCorners(string d)
    {
        var corners = new List<(double, double)>();
        double x = 0, y = 0;
        foreach (Match m in Command().Matches(d))
        {
            var value = Number(m.Groups[2].Value);
            switch (m.Groups[1].Value)
            {
                case "M": x = value; y = Number(m.Groups[3].Value); corners.Add((x, y)); break;
                case "H": x = value; break;
                case "V": y = value; corners.Add((x, y)); break;
            }
        }
        return corners;
    }
}
