namespace Podium.Model;

/// <summary>The whole site as linked, ranked objects: what the Render stage turns into pages.</summary>
public sealed class SiteModel
{
    public required SiteInfo Site { get; init; }

    /// <summary>All tasks, by id.</summary>
    public required IReadOnlyList<BenchmarkTask> Tasks { get; init; }

    /// <summary>Tasks without a parent, by name.</summary>
    public required IReadOnlyList<BenchmarkTask> Areas { get; init; }

    public required IReadOnlyList<Dataset> Datasets { get; init; }
    public required IReadOnlyList<Leaderboard> Leaderboards { get; init; }

    /// <summary>All papers, newest first (then by id).</summary>
    public required IReadOnlyList<Paper> Papers { get; init; }

    /// <summary>All results, newest first (then by leaderboard and rank).</summary>
    public required IReadOnlyList<Result> Results { get; init; }

    /// <summary>Papers by author, tag, venue and month, built when first asked for.</summary>
    public required Lazy<PaperGroups> Groups { get; init; }
}
