using Podium.Model;
using Podium.Render;

namespace Podium.Diff;

/// <summary>
/// Compares a row's checks before and after a change. Checks are matched by everything written in
/// them, so an edited check reads as one removed and one added.
/// </summary>
internal static class CheckComparer
{
    public static bool SameChecks(IReadOnlyList<Check> a, IReadOnlyList<Check> b) =>
        a.Select(Identity).SequenceEqual(b.Select(Identity), StringComparer.Ordinal);

    /// <summary>The checks added to <paramref name="current"/> (all of them for a new row) and those removed from <paramref name="old"/>.</summary>
    public static IEnumerable<CheckChange> Compare(Result? old, Result current)
    {
        var before = (old?.Checks ?? []).Select(Identity).ToHashSet(StringComparer.Ordinal);
        var after = current.Checks.Select(Identity).ToHashSet(StringComparer.Ordinal);
        var metric = current.Leaderboard.RankBy;
        var interval = current.IntervalOf(metric.Name);
        foreach (var check in current.Checks)
        {
            if (before.Contains(Identity(check))) continue;
            var measured = check.Value(metric.Name);
            var kind = check.Kind == CheckKind.SourceChecked ? CheckChangeKind.SourceChecked
                : check.Measures && measured is { } m && interval is { } i && !i.Contains(m.Value) ? CheckChangeKind.NotReproduced
                : CheckChangeKind.Reproduced;
            yield return Change(kind, current, check, measured);
        }
        foreach (var check in old?.Checks ?? [])
        {
            if (!after.Contains(Identity(check))) yield return Change(CheckChangeKind.Removed, old!, check, check.Value(metric.Name));
        }
    }

    private static CheckChange Change(CheckChangeKind kind, Result row, Check check, MetricValue? measured)
    {
        var metric = row.Leaderboard.RankBy;
        return new CheckChange(kind, row.Model, row.SourceTitle, CheckKinds.Name(check.Kind), check.By,
            check.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), check.Url,
            measured is { } m ? MetricText.WithUnit(metric, m) : null,
            row.Metrics.TryGetValue(metric.Name, out var claimed) ? Claimed(metric, claimed, row) : null);
    }

    /// <summary>The claimed value as the page shows it: <c>78.0% [77.0, 79.6]</c>, <c>80.0% ± 0.5</c>.</summary>
    private static string Claimed(Metric metric, MetricValue value, Result row) =>
        MetricText.WithUnit(metric, value) + (row.Uncertainty.TryGetValue(metric.Name, out var u) ? " " + EvidenceText.Spread(u) : "");

    private static string Identity(Check check) => string.Join('\n',
        [CheckKinds.Name(check.Kind), check.By, check.Date.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), check.Url ?? "",
            .. check.Metrics.Select(m => m.Key + "=" + m.Value.Text)]);
}
