using Podium.Diagnostics;

namespace Podium.Validate.Documents;

/// <summary>
/// What could be read of a result that failed its own checks. It never reaches the site, but its
/// references (dataset, leaderboard, metric names, paper) are still checked, so one run reports
/// an unknown dataset together with a bad value instead of one run after the other.
/// </summary>
public sealed record IncompleteResult(
    string File,
    Located<string>? Dataset,
    Located<string>? Task,
    IReadOnlyList<Located<string>> MetricNames,
    Located<string>? Paper);
