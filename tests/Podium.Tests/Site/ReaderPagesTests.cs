using AngleSharp.Dom;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// What a reader sees in the sample site's tables and topic pages: values aligned on the
/// decimal point, "best" only where there is something to beat, sparse columns folded, a legend
/// for every mark, and task pages that do not say the same thing twice.
/// </summary>
public sealed class ReaderPagesTests(SampleSiteFixture fixture, RankingSiteFixture ranking) : IClassFixture<SampleSiteFixture>, IClassFixture<RankingSiteFixture>
{
    private const char FigureSpace = '\u2007', PunctuationSpace = '\u2008';

    private static readonly string[] Leaderboards =
    [
        "dataset/cifar-10/image-classification/index.html",
        "dataset/cifar-100/image-classification/index.html",
        "dataset/imagenet/image-classification/index.html",
        "dataset/imagenet/zero-shot-image-classification/index.html",
    ];

    private BuiltSite Site => fixture.Site;

    public static TheoryData<string> LeaderboardPages => new(Leaderboards);

    [Theory]
    [MemberData(nameof(LeaderboardPages))]
    public void Values_in_a_column_line_up_on_the_decimal_point(string path)
    {
        var rows = Site.Page(path).QuerySelectorAll("table.leaderboard tbody tr").ToList();
        var columns = BuiltSite.MetricCells(rows[0]).Count;
        for (var c = 0; c < columns; c++)
        {
            // Characters after the point (or after the blank that stands for it) are the same in every filled cell.
            var tails = rows.Select(r => BuiltSite.MetricCells(r)[c].TextContent).Where(t => t.Length > 0).Select(t => Tail(t).Length).Distinct().ToList();
            Assert.True(tails.Count <= 1, $"{path}, metric column {c + 1}: {string.Join(", ", tails)} places after the point");
        }
        // "82" over "82.0" reads 82 with a blank point and a blank figure, so the digits still line up.
        Assert.All(rows.SelectMany(BuiltSite.MetricCells).Select(c => c.TextContent), t => Assert.Matches($"^(-?[0-9]+(\\.[0-9]*)?{FigureSpace}*|-?[0-9]+{PunctuationSpace}{FigureSpace}+)?$", t));
    }

    [Fact]
    public void Padding_is_used_where_values_have_different_places()
    {
        var padded = Leaderboards.SelectMany(p => Site.Page(p).QuerySelectorAll("table.leaderboard tbody td")).Count(td => td.TextContent.Contains(FigureSpace));
        Assert.True(padded > 0, "the sample has values with fewer places than others in their column (89 over 89.14)");
    }

    [Theory]
    [MemberData(nameof(LeaderboardPages))]
    public void Best_is_marked_only_in_columns_with_two_or_more_values(string path)
    {
        var rows = Site.Page(path).QuerySelectorAll("table.leaderboard tbody tr").ToList();
        for (var c = 0; c < BuiltSite.MetricCells(rows[0]).Count; c++)
        {
            var cells = rows.Select(r => BuiltSite.MetricCells(r)[c]).ToList();
            var filled = cells.Count(td => td.TextContent.Trim().Length > 0);
            var best = cells.Count(td => td.ClassList.Contains("best"));
            Assert.True(filled >= 2 ? best >= 1 : best == 0, $"{path}, metric column {c + 1}: {filled} values, {best} marked best");
        }
    }

    [Fact]
    public void ImageNet_folds_params_and_flops_behind_more_columns_and_keeps_the_ranking_metric_next_to_the_model()
    {
        var page = Site.Page("dataset/imagenet/image-classification/index.html");
        var headers = page.QuerySelectorAll("table.leaderboard thead th").ToList();
        Assert.Equal(["rank", "model", "Top-1 Accuracy"], headers.Take(3).Select(h => h.GetAttribute("data-key")));
        Assert.Equal(["Params", "FLOPs"], headers.Where(h => h.ClassList.Contains("fold")).Select(h => h.GetAttribute("data-key")));
        Assert.All(page.QuerySelectorAll("table.leaderboard tbody tr"), r => Assert.Equal(2, r.QuerySelectorAll("td.fold").Length));
        // The box that unfolds them sits right before the table, so the stylesheet can reach it without script.
        var toggle = page.QuerySelector(".more-columns")!;
        Assert.Contains("Params, FLOPs", toggle.TextContent);
        Assert.NotNull(toggle.QuerySelector("label input[type=checkbox]"));
        Assert.True(toggle.NextElementSibling!.ClassList.Contains("table-scroll"));

        Assert.Null(Site.Page("dataset/cifar-10/image-classification/index.html").QuerySelector(".more-columns, .fold"));
    }

    [Fact]
    public void Every_mark_and_colour_in_a_table_is_explained_below_it()
    {
        var page = Site.Page("dataset/cifar-10/image-classification/index.html");
        Assert.NotEmpty(page.QuerySelectorAll("table.leaderboard tr.record"));
        var legend = page.QuerySelector(".table-scroll + .table-legend")!;
        Assert.Contains("state of the art when it was published", legend.QuerySelector(".legend-record")!.ParentElement!.TextContent);
        Assert.Contains("best value in its column", legend.QuerySelector(".legend-best")!.ParentElement!.TextContent);
        Assert.NotNull(legend.QuerySelector(".badge-extra"));
    }

    [Fact]
    public void Task_page_lists_each_paper_once_and_does_not_repeat_its_own_name_in_its_leaderboards()
    {
        var page = Site.Page("task/image-classification/index.html");
        var titles = page.QuerySelectorAll(".paper-list .paper-item > a").Select(a => a.GetAttribute("href")).ToList();
        Assert.NotEmpty(titles);
        Assert.Equal(titles.Distinct().Count(), titles.Count);

        var table = page.QuerySelector(".summary-table")!;
        Assert.DoesNotContain("Image Classification", table.QuerySelectorAll("tbody th").Select(th => th.TextContent).Where(t => !t.Contains("Zero-Shot", StringComparison.Ordinal)));
        // A subtask's board still names its task.
        Assert.Contains(table.QuerySelectorAll(".board-task"), s => s.TextContent == "Zero-Shot Image Classification");
        // The home page names every board's task.
        Assert.Equal(Site.Page("index.html").QuerySelectorAll(".summary-table tbody tr").Length, Site.Page("index.html").QuerySelectorAll(".summary-table .board-task").Length);
    }

    [Fact]
    public void Paper_page_has_a_copy_button_beside_not_over_the_bibtex_and_labels_for_the_badge_buttons()
    {
        var page = Site.Page("paper/gpipe-2018/index.html");
        // The page carries the entry; podium.js puts its Copy button before it (Browser/PaperPageTests clicks it),
        // with the labels it is published with.
        var bibtex = page.QuerySelector(".bibtex")!;
        Assert.Equal("PRE", bibtex.FirstElementChild!.TagName);
        var script = Site.Text("assets/podium.js");
        Assert.StartsWith("window.podiumText={", script, StringComparison.Ordinal);
        Assert.Contains("\"copy\":\"Copy\",\"copied\":\"Copied\"", script, StringComparison.Ordinal);
        // The badges are made by podium.js from the results table (Browser/PaperPageTests) with the
        // strings it is published with: the page carries none of them, and every result's row link
        // names the row podium.js needs.
        Assert.Null(page.QuerySelector("details.badges, .badge-list"));
        Assert.Contains("\"badges\":\"Badges\",\"badges_intro\":\"A badge links", script, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#results ~ .table-scroll tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches("#r-[0-9a-f]{10}$", r.QuerySelector("th a")!.GetAttribute("href")!));
    }

    [Fact]
    public void Rows_whose_paper_has_no_abstract_are_marked_so_the_script_offers_no_abstract_button()
    {
        var page = ranking.Site.Page("dataset/text/language-modelling/index.html");
        var rows = page.QuerySelectorAll("table.leaderboard tbody tr").ToList();
        var marked = rows.Where(r => r.ClassList.Contains("no-abstract")).ToList();
        Assert.NotEmpty(marked);
        // Only rows that link a paper page of this site, and only those papers without an abstract.
        Assert.All(marked, r => Assert.NotNull(r.QuerySelector("td:nth-last-child(3) a:not([rel])")));
        Assert.Contains(rows, r => !r.ClassList.Contains("no-abstract") && r.QuerySelector("td:nth-last-child(3) a[href*='alpha-2020']") is not null);
    }

    [Fact]
    public void The_logo_is_drawn_by_the_stylesheet_so_no_page_repeats_it_and_none_shows_it_unsized()
    {
        Assert.Null(Site.Page("index.html").QuerySelector("header img"));
        Assert.Contains("body>header>a::before{", Site.Text("assets/style.css").Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("url(favicon.svg)", Site.Text("assets/style.css"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Site.Output, "assets/favicon.svg")));
    }

    private static string Tail(string text)
    {
        var at = text.IndexOfAny(['.', PunctuationSpace]);
        return at < 0 ? "" : text[(at + 1)..];
    }
}
