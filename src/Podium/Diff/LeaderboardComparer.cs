using Podium.Model;
using Podium.Render;

namespace Podium.Diff;

/// <summary>
/// Compares one leaderboard before and after a change, row by row. Rows are matched by
/// <see cref="Result.Key"/> (the same model and paper or source), so a row whose value or date
/// changed is "changed", not removed and added.
/// </summary>
internal static class LeaderboardComparer
{
    /// <summary>What changed on the leaderboard; null when readers would see no difference.</summary>
    public static LeaderboardChange? Compare(Leaderboard? before, Leaderboard? after)
    {
        var board = after ?? before ?? throw new ArgumentException("one side is needed");
        var kind = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Changed;
        var oldRows = (before?.Rows ?? []).ToDictionary(r => r.Key, StringComparer.Ordinal);
        var newKeys = (after?.Rows ?? []).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var rows = new List<RowChange>();
        var moves = new List<RankMove>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in after?.Rows ?? [])
        {
            if (!oldRows.TryGetValue(row.Key, out var old))
            {
                rows.Add(Row(ChangeKind.Added, null, row, []));
                touched.Add(row.Key);
                continue;
            }
            var fields = ChangedFields(old, row);
            if (fields.Count > 0)
            {
                rows.Add(Row(ChangeKind.Changed, old, row, fields));
                touched.Add(row.Key);
            }
            else if (old.Rank != row.Rank)
            {
                moves.Add(new RankMove(row.Model, row.SourceTitle, old.Rank, row.Rank));
            }
        }
        // A removed leaderboard is reported as such; listing every row it had would bury the rest.
        if (kind != ChangeKind.Removed)
        {
            foreach (var old in before?.Rows ?? [])
            {
                if (!newKeys.Contains(old.Key)) rows.Add(Row(ChangeKind.Removed, old, null, []));
            }
        }

        var leader = Leader(before?.Leader, after?.Leader, touched);
        var checks = (after?.Rows ?? []).SelectMany(row => CheckComparer.Compare(oldRows.GetValueOrDefault(row.Key), row)).ToList();
        if (kind == ChangeKind.Changed && rows.Count == 0 && moves.Count == 0 && leader is null && checks.Count == 0) return null;
        return new LeaderboardChange(kind, board.Dataset.Id, board.Dataset.Name, board.Task.Id, board.Task.Name, board.RankBy.Name,
            rows, moves, leader, checks);
    }

    private static LeaderChange? Leader(Result? before, Result? after, HashSet<string> touched)
    {
        if (after is null || before?.Key == after.Key) return null;
        string? previousValue = null;
        if (before is not null)
        {
            // "Ahead of" compares standings after the change when the old leader is still listed.
            var stillListed = after.Leaderboard.Rows.FirstOrDefault(r => r.Key == before.Key);
            previousValue = Value(stillListed ?? before);
        }
        return new LeaderChange(after.Model, Value(after)!, touched.Contains(after.Key), before?.Model, previousValue);
    }

    private static RowChange Row(ChangeKind kind, Result? old, Result? current, IReadOnlyList<string> fields)
    {
        var any = current ?? old!;
        return new RowChange(kind, any.Key, any.Model, any.SourceTitle, any.Paper?.Id, old?.Rank, current?.Rank,
            old is null ? null : Value(old), current is null ? null : Value(current), fields);
    }

    /// <summary>The ranking metric's value with its unit, as the leaderboard page shows it; null when the row has none.</summary>
    private static string? Value(Result result)
    {
        var metric = result.Leaderboard.RankBy;
        return result.Metrics.TryGetValue(metric.Name, out var value) ? MetricText.WithUnit(metric, value) : null;
    }

    private static bool SameUncertainty(Result old, Result current) =>
        old.Uncertainty.Count == current.Uncertainty.Count
        && old.Uncertainty.All(u => current.Uncertainty.TryGetValue(u.Key, out var other) && EvidenceText.Spread(u.Value) == EvidenceText.Spread(other) && u.Value.Runs == other.Runs);

    /// <summary>What a reader would see differ on the row: metric values as written, then the other fields.</summary>
    private static List<string> ChangedFields(Result old, Result current)
    {
        var fields = new List<string>();
        var names = current.Leaderboard.Metrics.Select(m => m.Name)
            .Concat(old.Metrics.Keys.Concat(current.Metrics.Keys).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var a = old.Metrics.TryGetValue(name, out var x) ? x.Text : null;
            var b = current.Metrics.TryGetValue(name, out var y) ? y.Text : null;
            if (a != b) fields.Add(name);
        }
        if (old.ExtraTrainingData != current.ExtraTrainingData) fields.Add("extra_training_data");
        if (old.Date != current.Date) fields.Add("date");
        if (old.Code != current.Code) fields.Add("code");
        if (old.Notes != current.Notes) fields.Add("notes");
        if (old.Source?.Url != current.Source?.Url) fields.Add("source url");
        if (old.Evidence != current.Evidence) fields.Add("evidence");
        if (!SameUncertainty(old, current)) fields.Add("uncertainty");
        if (!CheckComparer.SameChecks(old.Checks, current.Checks)) fields.Add("checks");
        return fields;
    }
}
