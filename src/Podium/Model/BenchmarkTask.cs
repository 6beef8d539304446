namespace Podium.Model;

/// <summary>A task in the hierarchy (an area when it has no parent), with its leaderboards.</summary>
public sealed class BenchmarkTask(string id, string name, string? description)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public BenchmarkTask? Parent { get; internal set; }
    public List<BenchmarkTask> Children { get; } = [];
    public List<Leaderboard> Leaderboards { get; } = [];

    /// <summary>From the area down to the parent; empty for an area.</summary>
    public IReadOnlyList<BenchmarkTask> Ancestors
    {
        get
        {
            var list = new List<BenchmarkTask>();
            for (var t = Parent; t is not null; t = t.Parent) list.Insert(0, t);
            return list;
        }
    }

    /// <summary>This task's leaderboards and those of all its subtasks.</summary>
    public IEnumerable<Leaderboard> AllLeaderboards => Leaderboards.Concat(Children.SelectMany(c => c.AllLeaderboards));

    private int? _leaderboardCount;

    /// <summary>How many leaderboards this task and its subtasks have; computed once, as index pages ask for it per task.</summary>
    public int LeaderboardCount => _leaderboardCount ??= Leaderboards.Count + Children.Sum(c => c.LeaderboardCount);
}
