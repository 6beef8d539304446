using Podium.Render;
using Podium.Render.Badges;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Badges;

/// <summary>Away from its leaderboard a rank is exact on the podium and a tier below it, so one added result changes few pages.</summary>
public sealed class RankTierTests
{
    private static readonly UiStrings English = UiStrings.Load(Repo.Templates, "en");

    [Theory]
    [InlineData(1, "#1")]
    [InlineData(3, "#3")]
    [InlineData(4, "top 5")]
    [InlineData(5, "top 5")]
    [InlineData(6, "top 10")]
    [InlineData(11, "top 25")]
    [InlineData(26, "top 50")]
    [InlineData(100, "top 100")]
    [InlineData(101, "> 100")]
    [InlineData(1556, "> 100")]
    public void Labels_are_exact_on_the_podium_then_tiers(int rank, string label) => Assert.Equal(label, RankTier.Label(rank, English));

    [Fact]
    public void A_result_added_at_the_top_of_200_rows_changes_only_the_rows_at_a_tier_edge()
    {
        // Everyone moves down one place; only ranks 1, 2, 3, 5, 10, 25, 50 and 100 show differently after.
        var changed = Enumerable.Range(1, 200).Where(rank => RankTier.Label(rank, English) != RankTier.Label(rank + 1, English)).ToList();
        Assert.Equal([1, 2, 3, 5, 10, 25, 50, 100], changed);
    }
}
