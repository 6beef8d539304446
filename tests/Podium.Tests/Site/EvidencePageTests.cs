using AngleSharp.Dom;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>Leaderboard and paper pages of the evidence fixture show uncertainty, evidence, status marks, rank ranges and a legend, without script.</summary>
public sealed class EvidencePageTests(EvidenceSiteFixture fixture) : IClassFixture<EvidenceSiteFixture>
{
    private IDocument Bench => fixture.Site.Page(EvidenceSiteFixture.BenchDir + "index.html");

    private IElement Row(IDocument page, string model) =>
        page.QuerySelectorAll("table.leaderboard tbody tr").Single(r => BuiltSite.Model(r) == model);

    [Fact]
    public void Values_show_their_standard_deviation_or_interval()
    {
        var page = Bench;
        Assert.Equal("81.20 ± 0.2", Row(page, "Net E").QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("80.3 [79.9, 80.7]", Row(page, "Net B").QuerySelectorAll("td")[2].TextContent.Trim());
        Assert.Equal("81.5", Row(page, "Net C").QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public void The_rank_range_column_appears_only_where_the_ranking_metric_has_an_uncertainty()
    {
        var page = Bench;
        Assert.NotNull(page.QuerySelector("th.col-rank-range"));
        Assert.Equal(["1", "2", "3–4", "3–5", "4–5", ""],
            page.QuerySelectorAll("table.leaderboard tbody tr td.rank-range").Select(c => c.TextContent));
        var plain = fixture.Site.Page(EvidenceSiteFixture.PlainDir + "index.html");
        Assert.Null(plain.QuerySelector("th.col-rank-range"));
        Assert.Empty(plain.QuerySelectorAll("td.rank-range"));
    }

    [Fact]
    public void Each_checked_row_carries_its_status_who_when_and_a_link()
    {
        var page = Bench;
        var c = Row(page, "Net C");
        Assert.Equal("reproduced", c.GetAttribute("data-status"));
        var mark = c.QuerySelector(".result-status.status-reproduced")!;
        Assert.Equal("✓ Reproduced by @jdoe, 1 Jun 2020 details", mark.TextContent.Trim());
        Assert.Equal("https://example.org/repro/c", mark.QuerySelector("a")!.GetAttribute("href"));

        Assert.Equal("Source checked by Jane Doe, 5 Jan 2020", Row(page, "Net B").QuerySelector(".result-status")!.TextContent.Trim().TrimStart('☑', ' '));
        Assert.Null(Row(page, "Net E").GetAttribute("data-status"));
        Assert.Null(Row(page, "Net E").QuerySelector(".result-status"));
    }

    [Fact]
    public void A_row_not_reproduced_within_its_uncertainty_shows_both_values()
    {
        var row = Row(Bench, "ResNet-50");
        Assert.Equal("not-reproduced", row.GetAttribute("data-status"));
        Assert.Equal("✗ Not reproduced within its uncertainty: Reproduced by Lab X, 1 Feb 2021; claimed 78.0% [77.0, 79.6], measured 76.5% details",
            row.QuerySelector(".result-status.status-not-reproduced")!.TextContent.Trim());
    }

    [Fact]
    public void Evidence_is_named_next_to_the_paper_link_and_linked_to_its_url_or_the_papers()
    {
        var page = Bench;
        var c = Row(page, "Net C").QuerySelector(".evidence a")!;
        Assert.Equal(("Table 2, p. 5", "https://example.org/logs/c.txt"), (c.TextContent, c.GetAttribute("href")));
        var a = Row(page, "ResNet-50 (long schedule)").QuerySelector(".evidence a")!;
        Assert.Equal(("Figure 3", "https://example.org/papers/p"), (a.TextContent, a.GetAttribute("href")));
        // Paper T has no link: the evidence is named, not linked.
        var e = Row(page, "Net E").QuerySelector(".evidence")!;
        Assert.Equal("Table A.3", e.TextContent.Trim());
        Assert.Null(e.QuerySelector("a"));
    }

    [Fact]
    public void A_legend_explains_the_marks_on_the_board()
    {
        var items = Bench.QuerySelectorAll(".evidence-legend li").Select(li => li.TextContent).ToList();
        Assert.Equal(7, items.Count);
        Assert.StartsWith("Self-reported: No mark", items[0]);
        Assert.Contains(items, i => i.StartsWith("✗ Not reproduced within its uncertainty: ", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Rank range: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Paper_pages_show_the_same_per_result()
    {
        var page = fixture.Site.Page("paper/s-2020/index.html");
        var row = page.QuerySelector("table.summary-table tbody tr")!;
        Assert.Contains("claimed 78.0% [77.0, 79.6], measured 76.5%", row.QuerySelector(".result-status")!.TextContent);
        Assert.Equal("Accuracy 78.0% [77.0, 79.6] · Params 25.6 M", row.QuerySelectorAll("td")[2].TextContent.Trim());
        var r = fixture.Site.Page("paper/r-2020/index.html").QuerySelectorAll("table.summary-table tbody tr")
            .Single(tr => tr.QuerySelector("td")!.TextContent.StartsWith("Net C", StringComparison.Ordinal));
        Assert.Equal("Table 2, p. 5", r.QuerySelector(".evidence")!.TextContent.Trim());
    }

    [Fact]
    public void The_chart_draws_error_bars_for_values_with_an_uncertainty()
    {
        var path = Bench.QuerySelector("svg.sota path.error-bars")!.GetAttribute("d")!;
        // Four results have an uncertainty on Accuracy: four vertical segments in one path, from the interval's low end to its high end.
        var bars = System.Text.RegularExpressions.Regex.Matches(path, "M([0-9.]+) ([0-9.]+)V([0-9.]+)");
        Assert.Equal(4, bars.Count);
        Assert.Equal(path, string.Concat(bars.Select(b => b.Value)));
        Assert.All(bars, b => Assert.NotEqual(b.Groups[2].Value, b.Groups[3].Value));
        Assert.Null(fixture.Site.Page(EvidenceSiteFixture.PlainDir + "index.html").QuerySelector("svg.sota .error-bars"));
    }
}
