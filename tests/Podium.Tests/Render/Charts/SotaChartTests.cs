using System.Globalization;
using AngleSharp.Dom;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Charts;

/// <summary>The state-of-the-art and cost charts drawn on leaderboard pages, read back from the generated SVG.</summary>
public sealed class SotaChartTests(SotaSiteFixture fixture, SampleSiteFixture sample)
    : IClassFixture<SotaSiteFixture>, IClassFixture<SampleSiteFixture>
{
    private IDocument Page => fixture.Site.Page(SotaSiteFixture.LeaderboardDir + "index.html");

    private IElement Chart => Page.QuerySelector("figure.sota-chart svg")!;

    [Fact]
    public void Every_ranked_result_is_one_point_that_links_to_its_row()
    {
        var links = Chart.QuerySelectorAll(".points a");
        var rankedRows = Page.QuerySelectorAll("table.leaderboard tbody tr:not(.unranked)");

        Assert.Equal(7, rankedRows.Length); // Net F has no error rate: listed, not charted.
        Assert.Equal(rankedRows.Length, links.Length);
        Assert.Equal(rankedRows.Select(r => "#" + r.Id).Order(StringComparer.Ordinal), links.Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal));
        // Each point is named by its model and value (the page script's tooltip adds the row's date and paper).
        Assert.Contains(links, a => a.QuerySelector("title")!.TextContent == "Net A: 5.0%");
    }

    [Fact]
    public void Step_line_holds_each_record_until_the_next_in_date_order()
    {
        var records = Chart.QuerySelectorAll(".records a").ToList();
        var dots = records.Select(a => Dot(a.QuerySelector("circle")!)).ToList();
        // One path: from the first record, across to each next record's date and down (or up) to its value, then to the right edge.
        var step = Chart.QuerySelector("path.step")!.GetAttribute("d")!;
        var commands = System.Text.RegularExpressions.Regex.Matches(step, "([MHV])([-0-9. ]+)").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal("M", commands[0].Item1);
        var flats = new List<double> { Number(commands[0].Item2.Split(' ')[1]) };
        flats.AddRange(commands.Where(c => c.Item1 == "V").Select(c => Number(c.Item2)));

        Assert.Equal(dots.Select(d => d.X).Order(), dots.Select(d => d.X));
        Assert.Equal(dots.Select(d => d.Y), flats);
        Assert.Equal(dots.Skip(1).Select(d => d.X), commands.Where(c => c.Item1 == "H").SkipLast(1).Select(c => Number(c.Item2)));
        Assert.Equal(("H", "100"), commands[^1]);
        // Baseline G (2014), Net A (2015), Net C (2016, first to 4.0; Net D ties later), Net E (beats Net H on the same day).
        Assert.Equal(["Baseline G", "Net A", "Net C", "<b>Net E</b> & \"friends\""],
            records.Select(a => a.QuerySelector("title")!.TextContent.Split(':')[0]));
    }

    [Fact]
    public void Lower_is_better_ranks_ascending_and_each_record_sits_lower_on_the_chart()
    {
        var ranks = Page.QuerySelectorAll("table.leaderboard tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        var models = Page.QuerySelectorAll("table.leaderboard tbody tr").Select(BuiltSite.Model).ToList();
        Assert.Equal(["1", "2", "3", "3", "5", "6", "7", "–"], ranks);
        Assert.Equal(["<b>Net E</b> & \"friends\"", "=Net H", "Net C", "Net D", "Net A", "Net B", "Baseline G", "Net F"], models);

        var ys = Chart.QuerySelectorAll(".records a circle").Select(c => Dot(c).Y).ToList();
        Assert.True(ys.Zip(ys.Skip(1)).All(p => p.Second > p.First), "each new record has a lower error, drawn lower: " + string.Join(", ", ys));
        Assert.Contains("lower is better", Chart.QuerySelector(".axis-title")!.TextContent);
    }

    [Fact]
    public void Chart_has_a_text_alternative_and_a_caption_naming_the_leader()
    {
        var labelledBy = Chart.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("group", Chart.GetAttribute("role"));
        Assert.Equal("Error rate (%) over time", Page.GetElementById(labelledBy[0])!.TextContent);
        var description = Page.GetElementById(labelledBy[1])!.TextContent;
        Assert.StartsWith("7 ranked results from 2014 to 2018.", description);
        Assert.Contains("Net A, 5.0% (1 Mar 2015)", description);
        Assert.Equal("State of the art by Error rate (%). Current leader: <b>Net E</b> & \"friends\" with 2.5%, since 1 May 2018.",
            Page.QuerySelector("figure.sota-chart figcaption")!.TextContent);
        Assert.Empty(Page.QuerySelectorAll("figure.sota-chart svg b, figure.sota-chart svg script"));
    }

    [Fact]
    public void Chart_is_drawn_in_percent_across_so_it_fits_any_width_and_labels_are_whole()
    {
        Assert.Null(Chart.GetAttribute("viewBox"));
        Assert.Equal("100%", Chart.GetAttribute("width"));
        // Points and text sit in percent across; lines are paths in an inner SVG stretched to the width.
        Assert.All(Chart.QuerySelectorAll(".axis.x text, text.label"), t => Assert.EndsWith("%", t.GetAttribute("x")));
        Assert.All(Chart.QuerySelectorAll(".points circle"), c => Assert.InRange(Dot(c).X, 0, 100));
        var plot = Chart.QuerySelector("svg.plot")!;
        Assert.Equal("none", plot.GetAttribute("preserveAspectRatio"));
        Assert.Empty(plot.QuerySelectorAll("circle, text"));
        Assert.Empty(Chart.QuerySelectorAll("line"));
        Assert.All(Chart.QuerySelectorAll("text.label"), l => Assert.DoesNotContain("…", l.TextContent));
        // The leader is always labelled, on a phone too (labels without the `wide` class).
        Assert.Contains(Chart.QuerySelectorAll("text.label:not(.wide)"), l => l.TextContent == "<b>Net E</b> & \"friends\"");
    }

    [Fact]
    public void A_board_with_several_charted_metrics_gets_a_switch_and_shows_the_ranking_metric_first()
    {
        var figures = Page.QuerySelectorAll("figure.sota-chart");
        Assert.Equal(2, figures.Length); // Error rate (7 results) and Params (3 results)
        Assert.False(figures[0].HasAttribute("hidden"));
        Assert.True(figures[1].HasAttribute("hidden"));
        Assert.Equal(["Error rate", "Params"], Page.QuerySelectorAll(".chart-switch button").Select(b => b.TextContent));
        Assert.True(Page.QuerySelector(".chart-switch")!.HasAttribute("hidden")); // shown by the script
    }

    [Fact]
    public void Sample_cifar10_chart_ends_with_gpipe()
    {
        var page = sample.Site.Page("dataset/cifar-10/image-classification/index.html");
        var last = page.QuerySelectorAll("figure.sota-chart .records a").Last();
        Assert.StartsWith("GPipe (AmoebaNet-B): 99.0%", last.QuerySelector("title")!.TextContent);
        Assert.Contains("Current leader: GPipe (AmoebaNet-B)", page.QuerySelector("figure.sota-chart figcaption")!.TextContent);
    }

    [Fact]
    public void Sample_value_axes_start_below_the_data_with_room()
    {
        foreach (var path in new[] { "dataset/cifar-10/image-classification/", "dataset/imagenet/image-classification/", "dataset/imagenet/zero-shot-image-classification/" })
        {
            var page = sample.Site.Page(path + "index.html");
            var svg = page.QuerySelector("figure.sota-chart svg");
            if (svg is null) continue;
            var ticks = svg.QuerySelectorAll(".axis.y text").Select(t => Number(t.TextContent)).ToList();
            var values = page.QuerySelectorAll("table.leaderboard tbody tr:not(.unranked)").Select(r => Number(BuiltSite.MetricCells(r)[0].TextContent.Trim())).ToList();
            Assert.True(ticks.Max() - ticks.Min() >= values.Max() * 0.05 - 1e-9, $"{path}: axis {ticks.Min()}–{ticks.Max()} exaggerates {values.Min()}–{values.Max()}");
        }
    }

    [Fact]
    public void Fewer_than_three_results_make_no_chart()
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/tasks/t.yaml", "name: T\n");
        temp.Write("content/datasets/d.yaml", "name: D\nleaderboards:\n  - task: t\n    metrics:\n      - name: A\n        higher_is_better: true\n");
        temp.Write("content/results/r.yaml", "source:\n  title: S\n  date: 2020-01-01\nresults:\n  - dataset: d\n    model: M\n    metrics: { A: 1 }\n  - dataset: d\n    model: N\n    metrics: { A: 2 }\n");
        using var site = new BuiltSite(temp.Combine("content"));

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Null(site.Page("dataset/d/t/index.html").QuerySelector("figure.sota-chart"));
        Assert.Equal(2, site.Page("dataset/d/t/index.html").QuerySelectorAll("table.leaderboard tbody tr").Length);
    }

    [Fact]
    public void A_board_with_a_cost_metric_gets_a_cost_chart_with_its_pareto_front()
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/tasks/t.yaml", "name: T\n");
        temp.Write("content/datasets/d.yaml", "name: D\nleaderboards:\n  - task: t\n    metrics:\n      - name: Accuracy\n        unit: \"%\"\n        higher_is_better: true\n      - name: Params\n        unit: M\n        higher_is_better: false\n");
        // Small (cheap, 70) and Large (dear, 80) are on the front; Bloated (dearer and worse than Large) and Wasteful are not.
        temp.Write("content/results/r.yaml", "source:\n  title: S\n  date: 2020-01-01\nresults:\n" +
            "  - { dataset: d, model: Small, metrics: { Accuracy: 70, Params: 5 } }\n" +
            "  - { dataset: d, model: Wasteful, metrics: { Accuracy: 65, Params: 50 } }\n" +
            "  - { dataset: d, model: Large, metrics: { Accuracy: 80, Params: 60 } }\n" +
            "  - { dataset: d, model: Bloated, metrics: { Accuracy: 78, Params: 600 } }\n");
        using var site = new BuiltSite(temp.Combine("content"));
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        var cost = site.Page("dataset/d/t/index.html").QuerySelector("figure.cost-chart svg")!;
        Assert.Equal(4, cost.QuerySelectorAll(".points a").Length);
        Assert.Equal(["Small", "Large"], cost.QuerySelectorAll(".records a").Select(a => a.QuerySelector("title")!.TextContent.Split(':')[0]));
        Assert.Contains("(log scale)", cost.QuerySelector(".axis-title")!.TextContent); // 5 to 600 M spans over ten times
        Assert.Matches("^M[0-9.]+ [0-9.]+H[0-9.]+V[0-9.]+$", cost.QuerySelector("path.front")!.GetAttribute("d")); // one step from Small to Large
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>A point's position: percent across (as the plot's paths use 0–100) and pixels down.</summary>
    private static (double X, double Y) Dot(IElement circle)
    {
        var cx = circle.GetAttribute("cx")!;
        Assert.EndsWith("%", cx);
        return (Number(cx.TrimEnd('%')), Number(circle.GetAttribute("cy")!));
    }
}
