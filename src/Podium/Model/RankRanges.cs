namespace Podium.Model;

/// <summary>
/// Gives every ranked row its <see cref="Result.RankRange"/> as the content format defines it:
/// from 1 + the number of rows whose whole interval is better than this row's, to the number of
/// rows whose interval is not entirely worse than this row's, itself included.
/// </summary>
public static class RankRanges
{
    public static void Assign(Leaderboard leaderboard)
    {
        var metric = leaderboard.RankBy;
        var ranked = leaderboard.Rows.Where(r => r.Rank is not null).Select(r => (Row: r, Interval: r.IntervalOf(metric.Name)!.Value)).ToList();
        leaderboard.HasRankUncertainty = ranked.Any(r => r.Row.Uncertainty.ContainsKey(metric.Name));
        if (!leaderboard.HasRankUncertainty)
        {
            // Every interval is a point: the range runs from the shared rank to the last row with the
            // same value. Rows are in ranking order, so that is one pass, not the general quadratic one.
            for (var i = 0; i < ranked.Count;)
            {
                var end = i;
                while (end + 1 < ranked.Count && ranked[end + 1].Interval == ranked[i].Interval) end++;
                for (var k = i; k <= end; k++) ranked[k].Row.RankRange = new RankRange(i + 1, end + 1);
                i = end + 1;
            }
            return;
        }
        // Quadratic, but only in the number of ranked rows of one board; a 1,000-row board takes a million comparisons.
        foreach (var (row, interval) in ranked)
        {
            var better = 0;
            var notWorse = 0;
            foreach (var (_, other) in ranked)
            {
                if (other.IsEntirelyBetterThan(interval, metric.HigherIsBetter)) better++;
                if (!interval.IsEntirelyBetterThan(other, metric.HigherIsBetter)) notWorse++;
            }
            row.RankRange = new RankRange(1 + better, notWorse);
        }
    }
}
