namespace Podium.Model;

/// <summary>
/// Ranks a leaderboard's results as the content format defines: by the ranking metric in its
/// direction; equal values share a rank (1, 2, 2, 4) and are ordered by date, earlier first,
/// then by model name, paper or source, and file (all ordinal), so the order never depends
/// on the order files were read in. Results without the ranking metric follow, unranked.
/// </summary>
public static class LeaderboardRanker
{
    public static void Rank(Leaderboard leaderboard, IEnumerable<Result> results)
    {
        var metric = leaderboard.RankBy;
        var ranked = new List<Result>();
        var unranked = new List<Result>();
        foreach (var result in results)
        {
            (result.Metrics.ContainsKey(metric.Name) ? ranked : unranked).Add(result);
        }

        ranked.Sort((a, b) =>
        {
            var c = metric.CompareBetterFirst(a.Metrics[metric.Name].Value, b.Metrics[metric.Name].Value);
            return c != 0 ? c : TieBreak(a, b);
        });
        unranked.Sort(TieBreak);

        for (var i = 0; i < ranked.Count; i++)
        {
            var sameAsPrevious = i > 0 && ranked[i].Metrics[metric.Name].Value == ranked[i - 1].Metrics[metric.Name].Value;
            ranked[i].Rank = sameAsPrevious ? ranked[i - 1].Rank : i + 1;
        }
        MarkRecords(ranked, metric);
        leaderboard.Rows = [.. ranked, .. unranked];
    }

    /// <summary>
    /// Walks the ranked results in date order; each one strictly better than every earlier result
    /// held the state of the art from its date. Within a day the better result comes first, so
    /// only the best of the day can be a record.
    /// </summary>
    private static void MarkRecords(List<Result> ranked, Metric metric)
    {
        var byDate = ranked.Select((r, index) => (r, index)).OrderBy(x => x.r.Date).ThenBy(x => x.index).Select(x => x.r);
        decimal? best = null;
        foreach (var result in byDate)
        {
            var value = result.Metrics[metric.Name].Value;
            result.IsRecord = best is null || metric.CompareBetterFirst(value, best.Value) < 0;
            if (result.IsRecord) best = value;
        }
    }

    private static int TieBreak(Result a, Result b)
    {
        var c = a.Date.CompareTo(b.Date);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Model, b.Model);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Paper?.Id ?? "", b.Paper?.Id ?? "");
        if (c != 0) return c;
        c = string.CompareOrdinal(a.SourceTitle, b.SourceTitle);
        return c != 0 ? c : string.CompareOrdinal(a.File, b.File);
    }
}
