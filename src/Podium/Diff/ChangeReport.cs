using Podium.Model;

namespace Podium.Diff;

/// <summary>What a change to the content does, as readers of the site will see it.</summary>
public sealed class ChangeReport
{
    /// <summary>Fields of <c>site.yaml</c> that changed.</summary>
    public required IReadOnlyList<string> Site { get; init; }

    /// <summary>Affected leaderboards, by dataset id, then task id (ordinal).</summary>
    public required IReadOnlyList<LeaderboardChange> Leaderboards { get; init; }

    public required IReadOnlyList<ItemChange> Papers { get; init; }
    public required IReadOnlyList<ItemChange> Tasks { get; init; }
    public required IReadOnlyList<ItemChange> Datasets { get; init; }

    public bool IsEmpty => Site.Count == 0 && Leaderboards.Count == 0 && Papers.Count == 0 && Tasks.Count == 0 && Datasets.Count == 0;

    /// <summary>Compares two validated, ranked sites.</summary>
    public static ChangeReport Compute(SiteModel before, SiteModel after)
    {
        var old = before.Leaderboards.ToDictionary(l => (l.Dataset.Id, l.Task.Id));
        var current = after.Leaderboards.ToDictionary(l => (l.Dataset.Id, l.Task.Id));
        var leaderboards = old.Keys.Union(current.Keys)
            .OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .Select(k => LeaderboardComparer.Compare(old.GetValueOrDefault(k), current.GetValueOrDefault(k)))
            .OfType<LeaderboardChange>()
            .ToList();
        return new ChangeReport
        {
            Site = ItemComparer.Site(before.Site, after.Site),
            Leaderboards = leaderboards,
            Papers = ItemComparer.Papers(before, after),
            Tasks = ItemComparer.Tasks(before, after),
            Datasets = ItemComparer.Datasets(before, after),
        };
    }
}
