using Podium.Model;

namespace Podium.Render;

/// <summary>How metric names and values read on pages, charts, badges and feeds.</summary>
public static class MetricText
{
    /// <summary><c>Accuracy (%)</c>, or the bare name when the metric has no unit.</summary>
    public static string Label(Metric metric) => metric.Unit is { Length: > 0 } unit ? $"{metric.Name} ({unit})" : metric.Name;

    /// <summary>The value as written, with its unit: <c>99.0%</c>, <c>557 M</c>.</summary>
    public static string WithUnit(Metric metric, MetricValue value) => metric.Unit switch
    {
        null or "" => value.Text,
        "%" => value.Text + "%",
        var unit => $"{value.Text} {unit}",
    };

    public static string Arrow(Metric metric) => metric.HigherIsBetter ? "↑" : "↓";

    /// <summary>A result's values in its leaderboard's metric order: <c>Accuracy 99.0% · Params 557 M</c>.</summary>
    public static string Values(Result result, string separator) => string.Join(separator, result.Leaderboard.Metrics
        .Where(m => result.Metrics.ContainsKey(m.Name))
        .Select(m => $"{m.Name} {WithUnit(m, result.Metrics[m.Name])}"));
}
