using System.Xml.Linq;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Badges;

/// <summary>Every result has a standalone SVG badge at a stable URL, and the paper page shows how to embed it.</summary>
public sealed class BadgeTests(SotaSiteFixture fixture) : IClassFixture<SotaSiteFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_result_has_a_valid_svg_badge_named_by_its_row()
    {
        var rows = Site.Page(SotaSiteFixture.LeaderboardDir + "index.html").QuerySelectorAll("table.leaderboard tbody tr").ToList();
        var badges = Directory.GetFiles(Path.Combine(Site.Output, SotaSiteFixture.LeaderboardDir, "badge")).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(rows.Select(r => r.Id + ".svg").Order(StringComparer.Ordinal), badges);

        foreach (var row in rows)
        {
            var svg = XDocument.Parse(Site.Text($"{SotaSiteFixture.LeaderboardDir}badge/{row.Id}.svg")).Root!;
            Assert.Equal(Svg + "svg", svg.Name);
            Assert.True(double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 100);
            Assert.Equal("20", svg.Attribute("height")!.Value);
            var rank = row.QuerySelector("td")!.TextContent;
            // Exact on the podium, then by tier: the leaderboard's rank 4 or 5 is "top 5".
            var label = rank switch { "–" => "–", "1" or "2" or "3" => "#" + rank, "4" or "5" => "top 5", _ => "top 10" };
            var expected = rank == "–" ? "listed on Digits · Classification" : $"{label} on Digits · Classification";
            Assert.Equal(expected, svg.Element(Svg + "title")!.Value);
            Assert.Equal("img", svg.Attribute("role")!.Value);
            // The texts drawn: the rank, then where.
            Assert.Equal([label, "Digits · Classification"], svg.Descendants(Svg + "text").Select(t => t.Value));
            Assert.True(new FileInfo(Path.Combine(Site.Output, $"{SotaSiteFixture.LeaderboardDir}badge/{row.Id}.svg")).Length < 700);
        }
        Assert.Contains(rows, row => row.QuerySelector("td")!.TextContent is "4" or "5");
    }

    [Theory]
    [InlineData("#1", "Digits · Classification")]
    [InlineData("top 100", "ImageNet · Zero-shot Image Classification")]
    [InlineData("前 10", "图像分类 · CIFAR-10")]
    public void Each_text_is_centred_in_its_part_at_its_pinned_length(string label, string message)
    {
        var svg = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Podium.Render.Badges.BadgeSvg.Build(label, message, "#1a7f37", label + " on " + message))).Root!;
        static double Number(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var width = Number(svg, "width");
        // The label's part ends where the grey path's top edge does (M3 0H<label width>V20…).
        var labelWidth = double.Parse(svg.Element(Svg + "path")!.Attribute("d")!.Value.Split('H', 'V')[1], System.Globalization.CultureInfo.InvariantCulture);
        var texts = svg.Elements(Svg + "text").ToList();
        Assert.Equal([label, message], texts.Select(t => t.Value));
        Assert.Equal(labelWidth / 2, Number(texts[0], "x") + Number(texts[0], "textLength") / 2);
        Assert.Equal(labelWidth + (width - labelWidth) / 2, Number(texts[1], "x") + Number(texts[1], "textLength") / 2);
        Assert.All(texts, t => Assert.Equal("spacingAndGlyphs", t.Attribute("lengthAdjust")!.Value));
        // White text in Verdana at 11 px, set once on the root; the shapes keep their own colours.
        Assert.Equal(["#fff", "Verdana,DejaVu Sans,sans-serif", "11"], new[] { "fill", "font-family", "font-size" }.Select(a => svg.Attribute(a)!.Value));
        Assert.Equal("#1a7f37", svg.Element(Svg + "rect")!.Attribute("fill")!.Value);
        Assert.Equal("#555", svg.Element(Svg + "path")!.Attribute("fill")!.Value);
    }

    [Fact]
    public void Each_result_row_on_a_paper_page_names_a_badge_that_exists()
    {
        // podium.js makes a paper's badges from its results table: the badge of the row …/board/#r-… is
        // …/board/badge/r-….svg. Every row of this paper's table leads to one.
        var page = Site.Page("paper/e-2018/index.html");
        var links = page.QuerySelectorAll("#results ~ .table-scroll tbody th a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(2, links.Count);
        Assert.StartsWith("../../dataset/digits/classification/#r-", links[0], StringComparison.Ordinal);
        Assert.All(links, href =>
        {
            var parts = href.Split('#');
            var badge = Path.Combine(Site.Output, "paper", "e-2018", parts[0], "badge", parts[1] + ".svg");
            Assert.True(File.Exists(badge), badge);
        });
        Assert.Empty(page.QuerySelectorAll(".badge-list li"));
    }
}
