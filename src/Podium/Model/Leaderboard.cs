namespace Podium.Model;

/// <summary>The results of one task on one dataset, ranked by one of its metrics.</summary>
public sealed class Leaderboard(Dataset dataset, BenchmarkTask task, IReadOnlyList<Metric> metrics, Metric rankBy)
{
    public Dataset Dataset { get; } = dataset;
    public BenchmarkTask Task { get; } = task;
    public IReadOnlyList<Metric> Metrics { get; } = metrics;
    public Metric RankBy { get; } = rankBy;

    /// <summary>Ranked rows first (best first), then rows without the ranking metric.</summary>
    public IReadOnlyList<Result> Rows { get; internal set; } = [];

    /// <summary>The best result, if any result has the ranking metric.</summary>
    public Result? Leader => Rows.Count > 0 && Rows[0].Rank is not null ? Rows[0] : null;

    /// <summary>True when a ranked row has an uncertainty on the ranking metric: pages then show rank ranges.</summary>
    public bool HasRankUncertainty { get; internal set; }

    public int RankedCount => Rows.Count(r => r.Rank is not null);
}
