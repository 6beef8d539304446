using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Tests.Support;
using Podium.Validate;

namespace Podium.Tests.Model;

public sealed class SimilarPapersTests
{
    private static Paper NewPaper(string id, string title, string? abstractText = null, string summary = "", params string[] tags) => new()
    {
        Id = id,
        Title = title,
        Authors = ["A. Author"],
        Date = new DateOnly(2020, 1, 1),
        Abstract = abstractText,
        Summary = summary,
        Tags = tags,
    };

    /// <summary>Papers on unrelated topics, so common words have a low weight and topic words a high one.</summary>
    private static List<Paper> Corpus() =>
    [
        NewPaper("capsules-2017", "Dynamic Routing Between Capsules",
            "Capsule networks group neurons into capsules whose routing by agreement replaces max pooling.", tags: "architecture"),
        NewPaper("matrix-capsules-2018", "Matrix Capsules with EM Routing",
            "Each capsule holds a pose matrix; routing between capsule layers uses expectation maximisation.", tags: "architecture"),
        NewPaper("protein-2021", "Highly Accurate Protein Structure Prediction",
            "Predicts the folded three-dimensional structure of a protein from its amino acid sequence.", tags: "biology"),
        NewPaper("speech-2014", "Towards End-to-End Speech Recognition",
            "A recurrent model transcribes spoken audio into characters without a phonetic lexicon.", tags: "speech"),
        NewPaper("chess-2017", "Mastering Chess and Shogi by Self-Play",
            "A game-playing agent learns chess and shogi from self-play with tree search and no human games."),
        NewPaper("weather-2023", "Learning Skillful Medium-Range Global Weather Forecasting",
            "A graph model forecasts hundreds of weather variables ten days ahead on a global grid."),
        NewPaper("translation-2017", "Attention Is All You Need",
            "A sequence transduction model for machine translation built only from attention layers."),
        NewPaper("detection-2015", "Faster Object Detection with Region Proposal Networks",
            "Region proposals for object detection come from a network that shares features with the detector."),
    ];

    private static Paper ById(IEnumerable<Paper> papers, string id) => papers.Single(p => p.Id == id);

    private static string[] SimilarIds(Paper paper) => [.. paper.Similar.Select(s => s.Paper.Id)];

    [Fact]
    public void Papers_sharing_rare_terms_find_each_other()
    {
        var papers = Corpus();

        SimilarPapers.Compute(papers);

        Assert.Equal("matrix-capsules-2018", ById(papers, "capsules-2017").Similar[0].Paper.Id);
        Assert.Equal("capsules-2017", ById(papers, "matrix-capsules-2018").Similar[0].Paper.Id);
        Assert.InRange(ById(papers, "capsules-2017").Similar[0].Score, SimilarPapers.DefaultThreshold, 1.0);
    }

    [Fact]
    public void Unrelated_papers_are_not_forced_in()
    {
        var papers = Corpus();

        SimilarPapers.Compute(papers);

        // The capsule papers have each other and nothing else; the protein paper shares no topic with anyone.
        Assert.Equal(["matrix-capsules-2018"], SimilarIds(ById(papers, "capsules-2017")));
        Assert.Empty(ById(papers, "protein-2021").Similar);
        Assert.DoesNotContain(papers, p => p.Similar.Any(s => s.Paper.Id == "protein-2021"));
    }

    [Fact]
    public void A_paper_is_never_similar_to_itself_and_lists_hold_at_most_top_papers()
    {
        // Ten near-copies: every paper is similar to every other one, more than fit in a list.
        var papers = Enumerable.Range(0, 10)
            .Select(i => NewPaper($"copy-{i}", "Sparse mixture of experts routers", $"Variant {(char)('a' + i)} of sparse expert routing."))
            .Concat(Corpus())
            .ToList();

        SimilarPapers.Compute(papers);

        foreach (var paper in papers)
        {
            Assert.True(paper.Similar.Count <= SimilarPapers.DefaultTop, $"{paper.Id} has {paper.Similar.Count} similar papers");
            Assert.DoesNotContain(paper.Similar, s => ReferenceEquals(s.Paper, paper));
            Assert.Equal(paper.Similar.Count, paper.Similar.Select(s => s.Paper.Id).Distinct().Count());
            Assert.Equal(paper.Similar.OrderByDescending(s => s.Score).Select(s => s.Score), paper.Similar.Select(s => s.Score));
        }
        Assert.All(papers.Where(p => p.Id.StartsWith("copy-", StringComparison.Ordinal)), p => Assert.Equal(SimilarPapers.DefaultTop, p.Similar.Count));

        SimilarPapers.Compute(papers, top: 2);
        Assert.All(papers, p => Assert.True(p.Similar.Count <= 2));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_paper_id()
    {
        // Identical texts give identical scores, so only the id decides the order.
        var papers = new[] { "twin-c", "twin-a", "twin-d", "twin-b" }
            .Select(id => NewPaper(id, "Gradient checkpointing for memory efficient backpropagation"))
            .Concat(Corpus())
            .ToList();

        SimilarPapers.Compute(papers);

        Assert.Equal(["twin-a", "twin-b", "twin-d"], SimilarIds(ById(papers, "twin-c")));
        Assert.Equal(["twin-b", "twin-c", "twin-d"], SimilarIds(ById(papers, "twin-a")));
        Assert.Single(ById(papers, "twin-c").Similar.Select(s => s.Score).Distinct());
    }

    [Fact]
    public void Results_are_the_same_every_time_and_for_any_input_order()
    {
        var papers = SampleModel().Papers;

        SimilarPapers.Compute(papers);
        var first = Snapshot(papers);
        SimilarPapers.Compute(papers);
        Assert.Equal(first, Snapshot(papers));

        var reversed = papers.Reverse().ToList();
        SimilarPapers.Compute(reversed);
        Assert.Equal(first, Snapshot(papers));

        var random = new Random(1);
        var shuffled = papers.OrderBy(_ => random.Next()).ToList();
        SimilarPapers.Compute(shuffled);
        Assert.Equal(first, Snapshot(papers));
    }

    private static Dictionary<string, string> Snapshot(IEnumerable<Paper> papers) =>
        papers.ToDictionary(p => p.Id, p => string.Join(", ", p.Similar.Select(s => $"{s.Paper.Id} {s.Score:R}")), StringComparer.Ordinal);

    [Fact]
    public void Hyphenated_names_and_chinese_translations_link_papers()
    {
        var papers = Corpus();
        papers.Add(NewPaper("distill-a", "Knowledge distillation into ResNet-50 students"));
        papers.Add(NewPaper("distill-b", "Ensemble teachers for resnet50 distillation"));
        var zhA = NewPaper("zh-a", "Alpha");
        zhA.Translations.Add(new Translation("zh", "对比学习的负样本挖掘", "我们研究对比学习中的负样本挖掘方法。"));
        var zhB = NewPaper("zh-b", "Beta");
        zhB.Translations.Add(new Translation("zh", "负样本挖掘与对比学习", "负样本挖掘决定了对比学习的效果。"));
        papers.AddRange([zhA, zhB]);

        SimilarPapers.Compute(papers);

        Assert.Equal(["distill-b"], SimilarIds(ById(papers, "distill-a")));
        Assert.Equal(["zh-b"], SimilarIds(zhA));
        Assert.Equal(["zh-a"], SimilarIds(zhB));
    }

    [Fact]
    public void Papers_without_text_in_common_or_at_all_get_empty_lists()
    {
        Paper[] papers = [NewPaper("only-2020", "Lonely"), NewPaper("empty-2020", "")];

        SimilarPapers.Compute(papers);
        SimilarPapers.Compute([]);

        Assert.All(papers, p => Assert.Empty(p.Similar));
    }

    [Fact]
    public void Sample_site_papers_get_related_papers()
    {
        var model = SampleModel();
        var papers = model.Papers;

        // The model builder already filled the lists.
        Assert.Contains(ById(papers, "wide-resnet-2016").Similar, s => s.Paper.Id is "resnet-2015" or "ror-2016");
        Assert.Contains(ById(papers, "ror-2016").Similar, s => s.Paper.Id is "resnet-2015" or "wide-resnet-2016");
        Assert.Equal("practical-bayesopt-2012", ById(papers, "dngo-2015").Similar[0].Paper.Id);
        // The pooling papers find other pooling papers.
        Assert.All(ById(papers, "stochastic-pooling-2013").Similar.Take(3), s => Assert.Contains("pooling", s.Paper.Id, StringComparison.Ordinal));

        Assert.All(papers, p =>
        {
            Assert.InRange(p.Similar.Count, 0, SimilarPapers.DefaultTop);
            Assert.DoesNotContain(p.Similar, s => s.Paper == p);
            Assert.All(p.Similar, s => Assert.InRange(s.Score, SimilarPapers.DefaultThreshold, 1.0 + 1e-6));
        });
        // Most papers have at least one related paper, but not all: the threshold leaves some alone.
        Assert.InRange(papers.Count(p => p.Similar.Count > 0), papers.Count / 2, papers.Count - 1);
    }

    private static SiteModel SampleModel()
    {
        return Pipeline.Model(Repo.Content);
    }
}
