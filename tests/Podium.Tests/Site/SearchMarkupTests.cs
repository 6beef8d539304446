using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>What each kind of page tells Pagefind: whether it is indexed, its filters, weights and the parts left out.</summary>
public sealed class SearchMarkupTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private List<string> Filters(string page) =>
        Site.Page(page).QuerySelectorAll("main [data-pagefind-filter]").Select(e => e.GetAttribute("data-pagefind-filter")!).ToList();

    [Theory]
    [InlineData("dataset/cifar-10/image-classification/index.html", "kind:Leaderboard")]
    [InlineData("task/image-classification/index.html", "kind:Task")]
    [InlineData("dataset/cifar-10/index.html", "kind:Dataset")]
    [InlineData("paper/gpipe-2018/index.html", "kind:Paper")]
    [InlineData("author/yanping-huang/index.html", "kind:Author")]
    public void Indexed_pages_carry_their_kind_and_area(string page, string kind)
    {
        var document = Site.Page(page);
        Assert.True(document.QuerySelector("main")!.HasAttribute("data-pagefind-body"));
        var filters = Filters(page);
        Assert.Equal(kind, filters[0]);
        Assert.Contains("area:Computer Vision", filters);
        // Navigation, header and footer sit outside the indexed body.
        Assert.Null(document.QuerySelector("header [data-pagefind-body], footer [data-pagefind-body]"));
        Assert.All(document.QuerySelectorAll("main [data-pagefind-filter]"), e => Assert.Equal("", e.TextContent));
    }

    [Fact]
    public void Papers_carry_their_year_and_leave_out_similar_papers_citation_and_badges()
    {
        var page = Site.Page("paper/gpipe-2018/index.html");
        Assert.Contains("year:2018", Filters("paper/gpipe-2018/index.html"));
        Assert.NotNull(page.QuerySelector("details.badges[data-pagefind-ignore]"));
        Assert.Contains(page.QuerySelectorAll("section[data-pagefind-ignore] h2"), h => h.Id == "similar");
        Assert.Contains(page.QuerySelectorAll("section[data-pagefind-ignore] h2"), h => h.Id == "cite");
        Assert.NotNull(page.QuerySelector("nav.breadcrumbs[data-pagefind-ignore]"));
    }

    [Fact]
    public void Leaderboard_titles_and_model_names_weigh_more_than_body_text_and_the_chart_is_left_out()
    {
        var page = Site.Page("dataset/cifar-10/image-classification/index.html");
        Assert.Equal("10", page.QuerySelector("h1")!.GetAttribute("data-pagefind-weight"));
        Assert.Equal("2", page.QuerySelector("table.leaderboard")!.GetAttribute("data-pagefind-weight"));
        Assert.NotNull(page.QuerySelector("[data-pagefind-ignore] > figure.sota-chart"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("papers/index.html")]
    [InlineData("tag/model-parallelism/index.html")]
    [InlineData("404.html")]
    [InlineData("search/index.html")]
    public void Lists_and_utility_pages_are_not_indexed(string page)
    {
        Assert.False(Site.Page(page).QuerySelector("main")!.HasAttribute("data-pagefind-body"));
    }

    [Fact]
    public void Every_page_has_a_search_box_that_works_without_script()
    {
        var form = Site.Page("paper/gpipe-2018/index.html").QuerySelector("header form.site-search")!;
        Assert.Equal("../../search/", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
    }
}
