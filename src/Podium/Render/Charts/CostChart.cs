using Podium.Render.Templates;
using System.Globalization;
using System.Text;
using Podium.Model;

namespace Podium.Render.Charts;

/// <summary>
/// Draws the ranking metric against a cost metric (parameters, FLOPs, latency…) on boards that
/// have one: each result a point linked to its row, and the Pareto front (the results no cheaper
/// result beats) joined by a step line, so a reader sees what each gain cost. The cost axis is
/// logarithmic when costs span ten times or more. Like the state-of-the-art chart, positions
/// across are percentages so the chart fits any width at its real text size, and lines and
/// points are drawn as paths in a <see cref="PlotMarkup"/> drawing area.
/// </summary>
public sealed class CostChart(UiStrings t)
{
    private const double Height = 300, Top = 34, Bottom = Height - 28;

    // Metric names that measure what a result costs; such a metric must be lower-is-better.
    private static readonly string[] CostWords = ["param", "flop", "mac", "latency", "time", "memory", "size", "energy"];

    /// <summary>The metric on <paramref name="leaderboard"/> that measures cost, if any.</summary>
    public static Metric? CostMetric(Leaderboard leaderboard) => leaderboard.Metrics.FirstOrDefault(m =>
        m != leaderboard.RankBy && !m.HigherIsBetter && CostWords.Any(w => m.Name.Contains(w, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The chart, or null without a cost metric or with fewer than three results that report both.</summary>
    public ChartView? Draw(Leaderboard leaderboard, string idPrefix = "cost")
    {
        if (CostMetric(leaderboard) is not { } cost) return null;
        var metric = leaderboard.RankBy;
        var points = leaderboard.Rows.Where(r => r.Rank is not null && r.Metrics.ContainsKey(cost.Name))
            .OrderBy(r => r.Metrics[cost.Name].Value).ThenBy(r => r.Rank).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (points.Count < SotaChart.MinimumResults) return null;
        double CostOf(Result r) => (double)r.Metrics[cost.Name].Value;
        double ValueOf(Result r) => (double)r.Metrics[metric.Name].Value;

        // The front: from the cheapest up, each result better than every cheaper one.
        var front = new List<Result>();
        foreach (var r in points)
        {
            if (front.Count == 0 || metric.CompareBetterFirst(r.Metrics[metric.Name].Value, front[^1].Metrics[metric.Name].Value) < 0) front.Add(r);
        }

        var (lo, hi) = (CostOf(points[0]), CostOf(points[^1]));
        var log = lo > 0 && hi / lo >= 10;
        double F(double c) => log ? Math.Log10(c) : c;
        var (f0, f1) = (F(lo), F(hi));
        var pad = Math.Max((f1 - f0) * 0.06, log ? 0.1 : Math.Max(Math.Abs(hi) * 0.05, 1e-9));
        (f0, f1) = (f0 - pad, f1 + pad);
        double P(double c) => (F(c) - f0) / (f1 - f0);
        var yTicks = ValueAxis.Ticks(points.Select(ValueOf).ToList(), metric.Unit == "%");
        var (yMin, yMax) = (yTicks[0].Value, yTicks[^1].Value);
        double Y(double v) => Bottom - (v - yMin) * (Bottom - Top) / (yMax - yMin);
        static string C(double v) => Markup.Coordinate(v);

        var costLabel = MetricText.Label(cost);
        var label = MetricText.Label(metric);
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";
        var svg = new StringBuilder(4096 + points.Count * 200);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"sota cost\" width=\"100%\" height=\"{C(Height)}\" role=\"group\" aria-labelledby=\"{titleId} {descId}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Markup.Escape(t.Format("cost_chart_title", label, costLabel))}</title>");
        var frontText = string.Join("; ", front.Select(r => $"{r.Model}, {MetricText.WithUnit(metric, r.Metrics[metric.Name])}, {MetricText.WithUnit(cost, r.Metrics[cost.Name])}"));
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{Markup.Escape(t.Format("cost_chart_description", points.Count.ToString(CultureInfo.InvariantCulture), frontText))}</desc>");

        PlotMarkup.Open(svg, Height);
        svg.Append("<path class=\"grid\" d=\"");
        foreach (var tick in yTicks) svg.Append(CultureInfo.InvariantCulture, $"M0 {C(Y(tick.Value))}H100");
        var xTicks = CostTicks(lo, hi, log).Where(t => P(t.Value) is >= 0.02 and <= 0.98).ToList();
        svg.Append(CultureInfo.InvariantCulture, $"\"/><path class=\"axis\" d=\"M0 {C(Bottom)}H100");
        foreach (var tick in xTicks) svg.Append(CultureInfo.InvariantCulture, $"M{PlotMarkup.Across(P(tick.Value))} {C(Bottom)}v5");
        // The front as a step line: each result holds until a dearer one beats it.
        svg.Append(CultureInfo.InvariantCulture, $"\"/><path class=\"step front\" d=\"M{PlotMarkup.Across(P(CostOf(front[0])))} {C(Y(ValueOf(front[0])))}");
        for (var i = 1; i < front.Count; i++) svg.Append(CultureInfo.InvariantCulture, $"H{PlotMarkup.Across(P(CostOf(front[i])))}V{C(Y(ValueOf(front[i])))}");
        svg.Append("\"/>");

        // Every result links to its row, named by model, value and cost (the page script's tooltip adds date and paper).
        string Tip(Result r) => $"{r.Model}: {MetricText.WithUnit(metric, r.Metrics[metric.Name])}, {MetricText.WithUnit(cost, r.Metrics[cost.Name])}";
        PlotMarkup.CloseWithPoints(svg, points, front, r => P(CostOf(r)), r => Y(ValueOf(r)), Tip);
        PlotMarkup.AxisLabels(svg, yTicks, Y, Top, xTicks.Select(t => (P(t.Value), t.Label)), Bottom);
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" x=\"0\" y=\"14\">{Markup.Escape($"{label} {MetricText.Arrow(metric)} · {costLabel}{(log ? " " + t["log_scale"] : "")} →")}</text>");
        svg.Append("</svg>");
        var caption = t.Format("cost_chart_caption", label, costLabel, front.Count.ToString(CultureInfo.InvariantCulture));
        return new ChartView(new RawHtml(svg.ToString()), caption, costLabel);
    }

    /// <summary>Powers of ten (with 2 and 5 between them over few decades) on a log axis; round steps otherwise.</summary>
    private static IEnumerable<Tick> CostTicks(double lo, double hi, bool log)
    {
        if (!log) return AxisTicks.Numbers(lo, hi, 4);
        var decades = Math.Log10(hi / lo);
        double[] steps = decades < 3 ? [1, 2, 5] : [1];
        var ticks = new List<Tick>();
        for (var e = (int)Math.Floor(Math.Log10(lo)) - 1; e <= (int)Math.Ceiling(Math.Log10(hi)) + 1; e++)
        {
            foreach (var s in steps)
            {
                var v = s * Math.Pow(10, e);
                ticks.Add(new Tick(v, v.ToString("0.###", CultureInfo.InvariantCulture)));
            }
        }
        return ticks;
    }
}
