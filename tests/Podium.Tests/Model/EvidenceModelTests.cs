using Podium.Model;
using Podium.Tests.Support;

namespace Podium.Tests.Model;

/// <summary>
/// The evidence fixture's Bench board has overlapping intervals on its ranking metric (Accuracy, higher is better).
/// The intervals, worked out by hand from the fixture:
/// <code>
/// Net C        81.5                     [81.5,    81.5   ]  no uncertainty
/// Net E        81.20 ± 1.96·0.2/√2      [80.9228, 81.4772]
/// Net B        ci95                     [79.9,    80.7   ]
/// ResNet-50 (long schedule) 80.0 ± 1.96·0.5/√4 = ± 0.49   [79.51, 80.49]
/// ResNet-50    ci95                     [77.0,    79.6   ]
/// </code>
/// Best rank = 1 + rows entirely better (their low above this high); worst = rows not entirely
/// worse (their high at or above this low), itself included:
/// C: nothing above 81.5 → 1; only C reaches 81.5 → 1.
/// E: C (81.5 > 81.4772) → 2; C, E reach 80.9228 → 2.
/// B: C, E above 80.7 → 3; C, E, B, long (80.49 ≥ 79.9) → 4.
/// long: C, E above 80.49 (B's low 79.9 is not) → 3; all but none: C, E, B, long, ResNet-50 (79.6 ≥ 79.51) → 5.
/// ResNet-50: C, E, B (79.9 > 79.6) above, long (79.51) not → 4; all five reach 77.0 → 5.
/// </summary>
public sealed class EvidenceModelTests
{
    private static readonly SiteModel Model = Pipeline.Model(Repo.Fixture("valid", "evidence") + "/content");

    private static Leaderboard Board(string dataset) => Model.Leaderboards.Single(l => l.Dataset.Id == dataset);

    [Fact]
    public void Overlapping_intervals_give_the_rank_ranges_worked_out_by_hand()
    {
        var bench = Board("bench");

        Assert.Equal(["Net C", "Net E", "Net B", "ResNet-50 (long schedule)", "ResNet-50", "Net F (no accuracy)"], bench.Rows.Select(r => r.Model));
        Assert.Equal([1, 2, 3, 4, 5, null], bench.Rows.Select(r => r.Rank));
        Assert.Equal<RankRange?>([new(1, 1), new(2, 2), new(3, 4), new(3, 5), new(4, 5), null], bench.Rows.Select(r => r.RankRange));
        Assert.True(bench.HasRankUncertainty);
    }

    [Fact]
    public void The_interval_of_a_value_is_ci95_or_value_plus_minus_1_96_std_over_root_runs()
    {
        var bench = Board("bench");
        Assert.Equal(new ValueInterval(79.51m, 80.49m), bench.Rows.Single(r => r.Model == "ResNet-50 (long schedule)").IntervalOf("Accuracy"));
        Assert.Equal(new ValueInterval(79.9m, 80.7m), bench.Rows.Single(r => r.Model == "Net B").IntervalOf("Accuracy"));
        Assert.Equal(new ValueInterval(81.5m, 81.5m), bench.Rows.Single(r => r.Model == "Net C").IntervalOf("Accuracy"));
        var e = bench.Rows.Single(r => r.Model == "Net E").IntervalOf("Accuracy")!.Value;
        Assert.Equal(80.9228m, Math.Round(e.Low, 4));
        Assert.Equal(81.4772m, Math.Round(e.High, 4));
    }

    [Fact]
    public void Status_is_the_first_that_applies()
    {
        var bench = Board("bench");
        Assert.Equal(
            [ResultStatus.Reproduced, ResultStatus.SelfReported, ResultStatus.SourceChecked, ResultStatus.ReEvaluated, ResultStatus.NotReproduced, ResultStatus.SelfReported],
            bench.Rows.Select(r => r.Status));
        // Lab X measured 76.5, outside ResNet-50's [77.0, 79.6].
        Assert.Equal("Lab X", ResultStatuses.FailedCheck(bench.Rows.Single(r => r.Model == "ResNet-50"))!.By);
    }

    [Fact]
    public void Without_uncertainty_any_other_value_is_not_reproduced_and_the_board_has_no_rank_range_column()
    {
        var plain = Board("plain");
        // Plain B claims 71.5 with no uncertainty; Hugging Face measured 71.4.
        Assert.Equal(ResultStatus.NotReproduced, plain.Rows.Single(r => r.Model == "Plain B").Status);
        Assert.False(plain.HasRankUncertainty);
        Assert.Equal<RankRange?>([new(1, 1), new(2, 2)], plain.Rows.Select(r => r.RankRange));
    }

    [Fact]
    public void Without_uncertainty_equal_values_share_a_rank_range_that_spans_them()
    {
        // The ranking fixture's toy board: 1, 2, 2, 2, 5 and an unranked row.
        var toy = Pipeline.Model(Repo.Fixture("valid", "ranking") + "/content").Leaderboards.Single(l => l.Dataset.Id == "toy");
        Assert.False(toy.HasRankUncertainty);
        Assert.Equal<RankRange?>([new(1, 1), new(2, 4), new(2, 4), new(2, 4), new(5, 5), null], toy.Rows.Select(r => r.RankRange));
    }
}
