using AngleSharp.Html.Parser;
using Podium.Render;
using Podium.Search;
using Podium.Tests.Support;

namespace Podium.Tests.Search;

/// <summary>What the search index is given for each page: made from the model, one short record per page that readers look for.</summary>
public sealed class SearchRecordsTests
{
    private static readonly Lazy<Dictionary<string, SearchRecord>> Records = new(() =>
    {
        var model = Pipeline.Model(Repo.Content);
        var strings = UiStrings.Load(Repo.Templates, model.Site.Language);
        return SearchRecords.Of(model, new SiteUrls(model.Site), strings, model.Groups.Value).ToDictionary(r => r.Url, StringComparer.Ordinal);
    });

    private static AngleSharp.Dom.IDocument Record(string url) => new HtmlParser().ParseDocument(Records.Value[url].Html);

    private static List<string> Filters(AngleSharp.Dom.IDocument record) =>
        record.QuerySelectorAll("[data-pagefind-filter]").Select(e => e.GetAttribute("data-pagefind-filter") + ":" + e.TextContent).ToList();

    [Theory]
    [InlineData("/dataset/cifar-10/image-classification/", "kind:Leaderboard", "Image Classification on CIFAR-10")]
    [InlineData("/task/image-classification/", "kind:Task", "Image Classification")]
    [InlineData("/dataset/cifar-10/", "kind:Dataset", "CIFAR-10")]
    [InlineData("/paper/gpipe-2018/", "kind:Paper", "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism")]
    [InlineData("/author/yanping-huang/", "kind:Author", "Yanping Huang")]
    public void Each_kind_of_page_has_a_record_with_its_kind_area_and_name_as_heading(string url, string kind, string name)
    {
        var record = Record(url);
        var filters = Filters(record);
        Assert.Equal(kind, filters[0]);
        Assert.Contains("area:Computer Vision", filters);
        Assert.Equal(name, record.QuerySelector("h1")!.TextContent);
        Assert.NotNull(record.QuerySelector("main[data-pagefind-body]"));
    }

    [Fact]
    public void Names_weigh_most_and_authors_are_found_by_their_name_alone()
    {
        Assert.Equal("10", Record("/dataset/cifar-10/image-classification/").QuerySelector("h1")!.GetAttribute("data-pagefind-weight"));
        var author = Record("/author/yanping-huang/");
        Assert.Equal("1", author.QuerySelector("h1")!.GetAttribute("data-pagefind-weight"));
        Assert.Empty(author.QuerySelectorAll("p"));
    }

    [Fact]
    public void A_paper_is_found_by_its_models_abstract_and_year_but_not_by_its_similar_papers_or_citation()
    {
        var record = Record("/paper/gpipe-2018/");
        Assert.Contains("year:2018", Filters(record));
        var text = record.Body!.TextContent;
        Assert.Contains("GPipe (AmoebaNet-B)", text);
        Assert.Contains("Yanping Huang", text);
        Assert.DoesNotContain("@", text); // no BibTeX
        var similar = Pipeline.Model(Repo.Content).Papers.Single(p => p.Id == "gpipe-2018").Similar;
        Assert.NotEmpty(similar);
        Assert.All(similar, s => Assert.DoesNotContain(s.Paper.Title, text));
    }

    [Fact]
    public void A_leaderboard_is_found_by_its_model_names()
    {
        var text = Record("/dataset/cifar-10/image-classification/").Body!.TextContent;
        Assert.Contains("ResNet-110", text);
        Assert.Contains("Accuracy", text);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/papers/")]
    [InlineData("/tag/model-parallelism/")]
    [InlineData("/search/")]
    public void Lists_and_utility_pages_have_no_record(string url) => Assert.False(Records.Value.ContainsKey(url));

    [Fact]
    public void Summaries_are_indexed_as_the_words_readers_see_without_markdown_marks()
    {
        var densenet = Records.Value["/paper/densenet-2016/"].Html;
        Assert.Contains("DenseNet-BC", densenet);
        Assert.DoesNotContain("**", densenet);
        // Filter values sit in an ignored block, so they start no excerpt.
        Assert.Contains("<div data-pagefind-ignore><span data-pagefind-filter=\"kind\" hidden>Paper</span>", densenet);
    }

    [Fact]
    public void A_papers_long_texts_are_indexed_by_their_opening_words()
    {
        var gpipe = Record("/paper/gpipe-2018/");
        var texts = gpipe.QuerySelectorAll("p[data-pagefind-weight='1']").Select(p => p.TextContent).ToList();
        // The summary is longer than 40 words: it is cut after its 40th word, with a mark.
        var opening = Assert.Single(texts, t => t.StartsWith("GPipe treats a network as a sequence of layers", StringComparison.Ordinal));
        Assert.EndsWith(" …", opening);
        Assert.Equal(SearchRecords.OpeningWords, opening[..^2].Split(' ').Length);
        Assert.All(Records.Value.Values.Where(r => r.Url.StartsWith("/paper/", StringComparison.Ordinal)).Select(r => new HtmlParser().ParseDocument(r.Html)),
            r => Assert.All(r.QuerySelectorAll("p[data-pagefind-weight='1']"), p => Assert.True(p.TextContent.Length <= SearchRecords.OpeningChars + 2, p.TextContent)));
    }

    [Fact]
    public void Contributor_text_in_a_record_is_escaped()
    {
        Assert.All(Records.Value.Values, r => Assert.DoesNotContain("<script", r.Html, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Every_page_has_a_search_box_that_works_without_script()
    {
        var site = BuiltSite.Shared(Repo.Content);
        var form = site.Page("paper/gpipe-2018/index.html").QuerySelector("body > header form")!;
        Assert.Equal("../../search/", form.GetAttribute("action"));
        Assert.Equal("q", form.QuerySelector("input")!.GetAttribute("name"));
    }
}
