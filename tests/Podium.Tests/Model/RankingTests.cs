using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Tests.Support;
using Podium.Validate;

namespace Podium.Tests.Model;

public sealed class RankingTests
{
    private static SiteModel BuildModel()
    {
        return Pipeline.Model(Repo.Fixture("valid", "ranking") + "/content");
    }

    [Fact]
    public void Equal_values_share_a_rank_and_are_ordered_by_date_then_model()
    {
        var toy = BuildModel().Leaderboards.Single(l => l.Dataset.Id == "toy");

        Assert.Equal(["Beta-Big", "Gamma", "Alpha-L", "Beta", "Zeta", "Alpha-S"], toy.Rows.Select(r => r.Model));
        Assert.Equal([1, 2, 2, 2, 5, null], toy.Rows.Select(r => r.Rank));
        Assert.Equal("90.10", toy.Rows[2].Metrics["Accuracy"].Text);
    }

    [Fact]
    public void Lower_is_better_metrics_rank_the_smallest_first()
    {
        var text = BuildModel().Leaderboards.Single(l => l.Dataset.Id == "text");

        Assert.Equal(["Beta-LM", "Alpha-LM", "Old-LM"], text.Rows.Select(r => r.Model));
        Assert.Equal([1, 2, 3], text.Rows.Select(r => r.Rank));
    }

    [Fact]
    public void Records_are_the_results_that_beat_every_earlier_one()
    {
        var model = BuildModel();
        var toy = model.Leaderboards.Single(l => l.Dataset.Id == "toy");
        var text = model.Leaderboards.Single(l => l.Dataset.Id == "text");

        // Zeta (2018, 80) → Gamma (2019, 90.1) → Alpha-L ties, no record → Beta-Big (2021, 95.0).
        Assert.Equal(["Beta-Big", "Gamma", "Zeta"], toy.Rows.Where(r => r.IsRecord).Select(r => r.Model));
        // Old-LM (2017, 30) → Alpha-LM (2020, 20.5) → Beta-LM (2021, 18.25): each lower is better.
        Assert.Equal(["Beta-LM", "Alpha-LM", "Old-LM"], text.Rows.Where(r => r.IsRecord).Select(r => r.Model));
    }

    [Fact]
    public void Results_default_to_their_paper_or_source_date()
    {
        var rows = BuildModel().Leaderboards.Single(l => l.Dataset.Id == "toy").Rows.ToDictionary(r => r.Model);

        Assert.Equal(new DateOnly(2018, 5, 5), rows["Zeta"].Date);   // source date
        Assert.Equal(new DateOnly(2019, 6, 30), rows["Gamma"].Date); // the result's own paper, not the file's source
        Assert.Equal("gamma-2019", rows["Gamma"].Paper!.Id);
    }
}
