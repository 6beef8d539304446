namespace Podium.Model;

/// <summary>One row of a leaderboard: a model's metric values, where they come from, and its rank.</summary>
public sealed class Result
{
    public required Leaderboard Leaderboard { get; init; }
    public required string Model { get; init; }

    /// <summary>Values by metric name; metrics the result leaves out are absent.</summary>
    public required IReadOnlyDictionary<string, MetricValue> Metrics { get; init; }
    public bool ExtraTrainingData { get; init; }
    public Paper? Paper { get; init; }
    public Source? Source { get; init; }
    public required DateOnly Date { get; init; }
    public string? Code { get; init; }
    public string? Notes { get; init; }

    /// <summary>Where the numbers are printed; null when the result does not say.</summary>
    public Evidence? Evidence { get; init; }

    /// <summary>Uncertainty by metric name, for metrics of this result that have one.</summary>
    public IReadOnlyDictionary<string, Uncertainty> Uncertainty { get; init; } = NoUncertainty;

    /// <summary>Independent checks, oldest first as written.</summary>
    public IReadOnlyList<Check> Checks { get; init; } = [];

    /// <summary>How far the result has been checked (<see cref="ResultStatuses.Of"/>), set once the leaderboard is known.</summary>
    public ResultStatus Status { get; internal set; }

    /// <summary>The ranks this row could hold given the ranking metric's uncertainty; null when unranked.</summary>
    public RankRange? RankRange { get; internal set; }

    private static readonly IReadOnlyDictionary<string, Uncertainty> NoUncertainty = new Dictionary<string, Uncertainty>(StringComparer.Ordinal);

    /// <summary>The interval of the value of <paramref name="metric"/> (the value itself without uncertainty); null when the result has no value.</summary>
    public ValueInterval? IntervalOf(string metric)
    {
        if (!Metrics.TryGetValue(metric, out var value)) return null;
        return Uncertainty.TryGetValue(metric, out var u) ? u.IntervalOf(value.Value) : new ValueInterval(value.Value, value.Value);
    }

    /// <summary>The content file the result is written in, e.g. for "edit" links.</summary>
    public required string File { get; init; }

    /// <summary>1-based rank, shared by equal values (1, 2, 2, 4); null when the ranking metric is missing.</summary>
    public int? Rank { get; internal set; }

    /// <summary>True when this result set a new best value on its date: it was the state of the art then.</summary>
    public bool IsRecord { get; internal set; }

    /// <summary>
    /// An id unique within the leaderboard that stays the same when ranks, values or dates change
    /// (<c>r-3f2a9c1b04</c>): the row's anchor, its badge's file name and its feed entry's id.
    /// </summary>
    public string Key { get; internal set; } = "";

    /// <summary>The title of the paper or source, for display and tie-breaking.</summary>
    public string SourceTitle => Paper?.Title ?? Source!.Title;
}

/// <summary>Where a result comes from when it has no paper.</summary>
public sealed record Source(string Title, string? Url, DateOnly? Date);
