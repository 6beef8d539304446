using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>Author, tag, venue, month and topic pages of the sample site, and the links that lead to them.</summary>
public sealed class PaperPagesTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void A_papers_meta_description_is_the_start_of_its_abstract_in_at_most_160_characters()
    {
        var description = Site.Page("paper/gpipe-2018/index.html").QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("A library for model parallelism: consecutive groups of layers live on different accelerators", description);
        Assert.InRange(description.Length, 100, 160);
        Assert.EndsWith("…", description);
    }

    [Fact]
    public void Author_names_on_a_paper_page_link_to_author_pages_listing_their_papers_and_results()
    {
        var paper = Site.Page("paper/gpipe-2018/index.html");
        var authors = paper.QuerySelectorAll(".byline a").ToList();
        Assert.Equal("Yanping Huang", authors[0].TextContent);
        Assert.Equal("../../author/yanping-huang/", authors[0].GetAttribute("href"));

        var page = Site.Page("author/yanping-huang/index.html");
        Assert.Equal("Yanping Huang", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".paper-links a"), a => a.GetAttribute("href") == "../../paper/gpipe-2018/");
        // Each paper marked when it has results, which its page lists with their leaderboards; no ranks or
        // counts, so an author's page does not change whenever someone adds a result to one of their papers'
        // leaderboards or to the paper itself.
        var links = page.QuerySelectorAll(".paper-links li").ToList();
        var gpipe = links.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "../../paper/gpipe-2018/");
        Assert.NotEmpty(paper.QuerySelectorAll("table.summary-table tbody tr"));
        Assert.EndsWith(" · on leaderboards", gpipe.QuerySelector("small")!.TextContent);
        foreach (var li in links.Where(li => li != gpipe))
        {
            var other = Site.Page(BuiltSite.Resolve(li.QuerySelector("a")!.GetAttribute("href")!, "author/yanping-huang/index.html")!);
            Assert.Equal(other.QuerySelector("table.summary-table") is not null, li.QuerySelector("small")!.TextContent.EndsWith(" · on leaderboards", StringComparison.Ordinal));
        }
        Assert.Contains(paper.QuerySelectorAll("table.summary-table th a"), a => a.TextContent == "Image Classification on CIFAR-10");
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public void Tags_venues_and_months_have_pages_that_list_their_papers()
    {
        var paper = Site.Page("paper/gpipe-2018/index.html");
        var tag = paper.QuerySelector(".chip-list a.chip")!;
        Assert.Equal("model parallelism", tag.TextContent);
        var tagPage = Site.Page(BuiltSite.Resolve(tag.GetAttribute("href")!, "paper/gpipe-2018/index.html")!);
        Assert.Contains(tagPage.QuerySelectorAll(".paper-links a"), a => a.TextContent.StartsWith("GPipe", StringComparison.Ordinal));

        var month = Site.Page("papers/2018-11/index.html");
        Assert.NotEmpty(month.QuerySelectorAll(".paper-links small"));
        Assert.All(month.QuerySelectorAll(".paper-links small"), t => Assert.StartsWith("2018-11-", t.TextContent));
        Assert.Contains(month.QuerySelectorAll(".paper-links a"), a => a.TextContent.StartsWith("GPipe", StringComparison.Ordinal));

        var index = Site.Page("papers/index.html");
        var venue = index.QuerySelectorAll("a.chip").First(a => a.TextContent.StartsWith("ICLR 2018", StringComparison.Ordinal));
        var venuePage = Site.Page(BuiltSite.Resolve(venue.GetAttribute("href")!, "papers/index.html")!);
        Assert.Equal("ICLR 2018", venuePage.QuerySelector("h1")!.TextContent);
        Assert.NotEmpty(venuePage.QuerySelectorAll(".paper-links small"));
        Assert.All(venuePage.QuerySelectorAll(".paper-links small"), m => Assert.Contains("ICLR 2018", m.TextContent));
        Assert.Contains(index.QuerySelectorAll(".archive a"), a => a.GetAttribute("href") == "./2018-11/"); // the shortest way, within papers/
    }

    [Fact]
    public void Month_pages_are_the_papers_index_pages_and_list_every_paper_once()
    {
        var index = Site.Page("papers/index.html");
        Assert.Null(index.QuerySelector(".pagination"));
        var months = index.QuerySelectorAll(".archive a").Select(a => BuiltSite.Resolve(a.GetAttribute("href")!, "papers/index.html")!).ToList();
        // Newest first, as the index lists papers: the archive lists months oldest first within a year.
        var newestFirst = months.OrderDescending(StringComparer.Ordinal).ToList();
        var newest = index.QuerySelector("a.more")!;
        Assert.Equal(newestFirst[0], BuiltSite.Resolve(newest.GetAttribute("href")!, "papers/index.html"));

        var listed = new List<string>();
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var page = Site.Page(newestFirst[i]);
            listed.AddRange(page.QuerySelectorAll(".paper-links a").Select(a => BuiltSite.Resolve(a.GetAttribute("href")!, newestFirst[i])!));
            var older = page.QuerySelector(".pagination a[rel='next']");
            var newer = page.QuerySelector(".pagination a[rel='prev']");
            Assert.Equal(i + 1 < newestFirst.Count ? newestFirst[i + 1] : null, older is null ? null : BuiltSite.Resolve(older.GetAttribute("href")!, newestFirst[i]));
            Assert.Equal(i > 0 ? newestFirst[i - 1] : null, newer is null ? null : BuiltSite.Resolve(newer.GetAttribute("href")!, newestFirst[i]));
        }
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Directory.GetDirectories(Path.Combine(Site.Output, "paper")).Length, listed.Count);
    }

    [Fact]
    public void Topic_page_shows_parent_subtopics_leaderboards_latest_papers_and_summarised_papers()
    {
        var page = Site.Page("task/image-classification/index.html");
        Assert.Equal("Computer Vision", page.QuerySelector(".topic-parent a")!.TextContent);
        var sections = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Subtasks", "Leaderboards", "Latest papers with results", "Papers with summaries"], sections);
        var latestSection = page.QuerySelectorAll("main > section").Single(s => s.QuerySelector("h2")!.TextContent == "Latest papers with results");
        var latest = latestSection.QuerySelectorAll(".paper-item time").Select(t => t.TextContent).ToList();
        Assert.Equal(10, latest.Count);
        Assert.Equal(latest.OrderDescending(StringComparer.Ordinal), latest);
        Assert.Contains(page.QuerySelectorAll(".lang-chip"), c => c.TextContent == "zh");
    }

    [Fact]
    public void Imagenet_page_lists_its_leaderboards_and_latest_papers()
    {
        var page = Site.Page("dataset/imagenet/index.html");
        // One row per leaderboard, named by its task and linking to the board; the tables are on the boards' pages.
        var rows = page.QuerySelectorAll(".summary-table tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("./", r.QuerySelector("th a")!.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("table.leaderboard"));
        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.TextContent == "Latest papers with results");
        // The five newest papers with results on its boards, newest first (a task page lists ten).
        var latest = page.QuerySelectorAll(".paper-item > a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, latest.Count);
        Assert.StartsWith("Combined Scaling", latest[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Meal_v2_shows_its_chinese_summary_beside_the_english_one_with_a_language_switch()
    {
        var page = Site.Page("paper/meal-v2-2020/index.html");
        var blocks = page.QuerySelectorAll(".summary-grid .summary-block").ToList();
        Assert.Equal(["en", "zh"], blocks.Select(b => b.GetAttribute("lang")));
        var languageSwitch = page.QuerySelector(".lang-switch")!;
        Assert.True(languageSwitch.HasAttribute("hidden")); // shown by the script; without it both summaries show
        Assert.Equal(["", "en", "zh"], languageSwitch.QuerySelectorAll("button").Select(b => b.GetAttribute("data-lang")));
    }

    [Fact]
    public void A_resnet_paper_lists_other_resnet_papers_as_similar_and_offers_bibtex()
    {
        var page = Site.Page("paper/wide-resnet-2016/index.html");
        var similar = page.QuerySelectorAll(".similar li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(similar.Count, 1, 4);
        // From one paper's folder to another's: up one folder.
        Assert.Contains(similar, href => href is "../ror-2016/" or "../resnet-2015/");
        Assert.DoesNotContain("../wide-resnet-2016/", similar);
        Assert.All(page.QuerySelectorAll(".similar small"), s => Assert.Matches("^[0-9]{1,3}%$", s.TextContent));

        var bibtex = page.QuerySelector("#bibtex")!.TextContent;
        Assert.StartsWith("@", bibtex);
        Assert.Contains("title", bibtex);
        Assert.Equal(bibtex.Count(c => c == '{'), bibtex.Count(c => c == '}'));
    }

    [Fact]
    public void Tex_in_a_sample_summary_is_shown_as_text_without_backslashes()
    {
        var summary = Site.Page("paper/resnet-2015/index.html").QuerySelector(".summary-block")!;
        Assert.Contains(summary.QuerySelectorAll("span.math"), m => m.TextContent.Contains("ℱ(x) + x", StringComparison.Ordinal));
        Assert.Contains(summary.QuerySelectorAll("span.math"), m => m.TextContent.Contains("1 × 1", StringComparison.Ordinal));
        Assert.DoesNotContain("\\", summary.TextContent);
        Assert.DoesNotContain("$", summary.TextContent);
    }
}
