namespace Podium.Diff;

/// <summary>Whether a leaderboard, row, paper, task or dataset is new, changed or gone.</summary>
public enum ChangeKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>A paper, task or dataset that was added, changed or removed.</summary>
/// <param name="Title">The paper's title or the task's or dataset's name (the new one, unless removed).</param>
/// <param name="Fields">For a changed item, the fields that changed, in the content format's order.</param>
public sealed record ItemChange(ChangeKind Kind, string Id, string Title, IReadOnlyList<string> Fields);

/// <summary>A leaderboard row that is new, changed or removed.</summary>
/// <param name="Key">The row's stable key (<see cref="Model.Result.Key"/>): the same model and paper or source.</param>
/// <param name="Origin">The title of the row's paper or source.</param>
/// <param name="OldRank">Rank before the change; null when the row was new or unranked.</param>
/// <param name="NewRank">Rank after the change; null when the row is removed or unranked.</param>
/// <param name="OldValue">The ranking metric before, with its unit; null when absent.</param>
/// <param name="NewValue">The ranking metric after, with its unit; null when absent.</param>
/// <param name="Fields">For a changed row, what changed: metric names, then other fields.</param>
public sealed record RowChange(
    ChangeKind Kind, string Key, string Model, string Origin, string? PaperId,
    int? OldRank, int? NewRank, string? OldValue, string? NewValue, IReadOnlyList<string> Fields);

/// <summary>An existing row, itself unchanged, whose rank moved because other rows changed.</summary>
public sealed record RankMove(string Model, string Origin, int? OldRank, int? NewRank);

/// <summary>A leaderboard's new leader.</summary>
/// <param name="IsNewRecord">
/// True when the leader is a new or changed row: a new state of the art. False when an existing row
/// leads only because the previous leader was removed or got worse.
/// </param>
/// <param name="PreviousModel">The previous leader; null on a leaderboard that had none.</param>
/// <param name="PreviousValue">The previous leader's value (after the change when it is still listed).</param>
public sealed record LeaderChange(string Model, string Value, bool IsNewRecord, string? PreviousModel, string? PreviousValue);

/// <summary>What a change does to one leaderboard (a dataset and task).</summary>
/// <param name="RankBy">The ranking metric's name; row values carry its unit.</param>
/// <param name="Rows">New and changed rows in their new order, then removed rows in their old order.</param>
/// <param name="Moves">Unchanged rows whose rank moved, in their new order.</param>
/// <param name="Checks">Checks added to or removed from rows, in the rows' new order (removed rows' checks are not listed).</param>
public sealed record LeaderboardChange(
    ChangeKind Kind, string DatasetId, string DatasetName, string TaskId, string TaskName, string RankBy,
    IReadOnlyList<RowChange> Rows, IReadOnlyList<RankMove> Moves, LeaderChange? Leader, IReadOnlyList<CheckChange>? Checks = null);
