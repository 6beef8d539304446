namespace Podium.Import;

/// <summary>
/// Reads a source row's metric values onto a leaderboard's metrics: names are matched with
/// <see cref="NameKeys.Metric"/>, values read with <see cref="MetricValueText"/>. A count in another
/// multiplier (k, M, B) is scaled exactly; a value in any other unit than the leaderboard's (a
/// percentage on a board without one) is refused rather than guessed at.
/// </summary>
public static class ResultMetrics
{
    /// <summary>Why a row none of whose values could be read is skipped.</summary>
    public static string NoneRead(List<string> problems) =>
        "no metric value could be read" + (problems.Count > 0 ? " (" + string.Join("; ", problems) + ")" : "");

    /// <summary>The values in the leaderboard's metric order; <paramref name="problems"/> lists what was left out and why.</summary>
    public static List<(string Name, string Value)> Read(
        ImportedLeaderboard board, IEnumerable<(string Name, string? Value)> values, List<string> problems)
    {
        var read = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (raw, text) in values)
        {
            var name = raw.Trim();
            if (name.Length == 0) problems.Add("a value without a metric name");
            else if (NameKeys.Metric(board.Metrics, name) is not { } metric) problems.Add($"`{name}`: not a metric of the leaderboard");
            else if (read.ContainsKey(metric.Name)) problems.Add($"`{name}`: a second value for `{metric.Name}`");
            else if (MetricValueText.Parse(text, out var why) is not { } value) problems.Add($"`{name}`: {why}");
            // "250k" on a board in M is 0.25: an exact move of the decimal point.
            else if (value.Unit is not null && value.Unit != metric.Unit && metric.Unit is not null
                && UnitScale.Convert(value, metric.Unit) is { } scaled && MetricValueText.FitsDigits(scaled))
            {
                read[metric.Name] = scaled;
            }
            else if (value.Unit is not null && value.Unit != metric.Unit)
            {
                problems.Add($"`{name}`: `{text}` is in {value.Unit}, the leaderboard's unit is {metric.Unit ?? "none"}");
            }
            else read[metric.Name] = value.Value;
        }
        return board.Metrics.Where(m => read.ContainsKey(m.Name)).Select(m => (m.Name, read[m.Name])).ToList();
    }
}
