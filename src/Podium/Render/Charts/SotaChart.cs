using Podium.Render.Templates;
using System.Globalization;
using System.Text;
using Podium.Model;

namespace Podium.Render.Charts;

/// <summary>A drawn chart: the SVG markup and the sentence that captions it.</summary>
public sealed record ChartView(RawHtml Svg, string Caption);

/// <summary>
/// Draws a leaderboard's state-of-the-art chart as inline SVG at build time: every ranked result
/// as a point by date, the record-holders joined by a step line and labelled where labels fit.
/// Colours come from CSS classes, so the page's light and dark themes apply. The title and
/// description name every record-holder for readers who cannot see the chart.
/// </summary>
public sealed class SotaChart(UiStrings t)
{
    // Wide enough that text stays near its CSS size on a desktop column; phones scroll it sideways.
    private const double Width = 880, Height = 320;
    private const double Left = 56, Right = Width - 16, Top = 30, Bottom = Height - 36;
    private const double LabelFontSize = 11, CharWidth = 6.2, WideCharWidth = 11;
    private const int LabelLength = 30, MaxLabels = 10;

    /// <summary>The chart of the ranking metric, or null when no result has it.</summary>
    public ChartView? Draw(Leaderboard leaderboard, string idPrefix = "sota")
    {
        var metric = leaderboard.RankBy;
        var ranked = leaderboard.Rows.Where(r => r.Rank is not null).ToList();
        if (ranked.Count == 0) return null;
        var records = ranked.Where(r => r.IsRecord).OrderBy(r => r.Date).ToList();
        double ValueOf(Result r) => (double)r.Metrics[metric.Name].Value;

        var firstDate = ranked.Min(r => r.Date);
        var lastDate = ranked.Max(r => r.Date);
        var padDays = Math.Max(30, (lastDate.DayNumber - firstDate.DayNumber) / 25);
        var from = firstDate.AddDays(-padDays);
        var to = lastDate.AddDays(padDays);
        // Error bars widen the axis to the intervals; without uncertainty an interval is its value.
        var intervals = ranked.Select(r => r.IntervalOf(metric.Name)!.Value).ToList();
        var yTicks = AxisTicks.Numbers(intervals.Min(i => (double)i.Low), intervals.Max(i => (double)i.High));
        var xTicks = AxisTicks.Dates(from, to);
        var (yMin, yMax) = (yTicks[0].Value, yTicks[^1].Value);

        double X(DateOnly d) => Left + (d.DayNumber - from.DayNumber) * (Right - Left) / (to.DayNumber - from.DayNumber);
        double Y(double v) => Bottom - (v - yMin) * (Bottom - Top) / (yMax - yMin);
        static string C(double v) => Markup.Coordinate(v);

        var label = MetricText.Label(metric);
        var direction = metric.HigherIsBetter ? t["higher_is_better"] : t["lower_is_better"];
        var leader = leaderboard.Leader!;
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";

        var svg = new StringBuilder(4096 + ranked.Count * 24);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"sota\" viewBox=\"0 0 {C(Width)} {C(Height)}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\"");
        // The scale, for the page script that marks an "as of" date: first and last date, then the plot's left, top, right and bottom.
        svg.Append(CultureInfo.InvariantCulture,
            $" data-dates=\"{from:yyyy-MM-dd} {to:yyyy-MM-dd}\" data-plot=\"{C(Left)} {C(Top)} {C(Right)} {C(Bottom)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Markup.Escape(t.Format("chart_title", label))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{Markup.Escape(Description(ranked, records, metric))}</desc>");

        // Grid and axes.
        svg.Append("<g class=\"grid\">");
        foreach (var tick in yTicks) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{C(Left)} {C(Y(tick.Value))}H{C(Right)}\"/>");
        svg.Append("</g><g class=\"axis y\">");
        foreach (var tick in yTicks) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{C(Left - 6)}\" y=\"{C(Y(tick.Value) + 4)}\">{tick.Label}</text>");
        svg.Append("</g><g class=\"axis x\">");
        foreach (var tick in xTicks)
        {
            var x = X(DateOnly.FromDayNumber((int)tick.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{C(x)} {C(Bottom)}v5\"/><text x=\"{C(x)}\" y=\"{C(Bottom + 18)}\">{tick.Label}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{C(Left)} {C(Bottom)}H{C(Right)}\"/></g>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" x=\"{C(Left - 6)}\" y=\"16\">{Markup.Escape($"{label} {MetricText.Arrow(metric)} {direction}")}</text>");

        // Error bars of the results with an uncertainty on the ranking metric, as one path.
        if (ranked.Any(r => r.Uncertainty.ContainsKey(metric.Name)))
        {
            svg.Append("<path class=\"error-bars\" d=\"");
            foreach (var r in ranked.Where(r => r.Uncertainty.ContainsKey(metric.Name)).OrderBy(r => r.Date).ThenBy(r => r.Key, StringComparer.Ordinal))
            {
                var interval = r.IntervalOf(metric.Name)!.Value;
                var x = X(r.Date);
                svg.Append(CultureInfo.InvariantCulture,
                    $"M{C(x - 3)} {C(Y((double)interval.Low))}h6M{C(x)} {C(Y((double)interval.Low))}V{C(Y((double)interval.High))}M{C(x - 3)} {C(Y((double)interval.High))}h6");
            }
            svg.Append("\"/>");
        }

        // Every other result, as one path of round dots: a path per point would double the page.
        svg.Append("<path class=\"points\" d=\"");
        foreach (var r in ranked.Where(r => !r.IsRecord).OrderBy(r => r.Date).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            svg.Append(CultureInfo.InvariantCulture, $"M{C(X(r.Date))} {C(Y(ValueOf(r)))}h0");
        }
        svg.Append("\"/>");

        // The record-holders: the step line holds each record until the next one beats it.
        svg.Append("<path class=\"step\" d=\"");
        for (var i = 0; i < records.Count; i++)
        {
            var (x, y) = (X(records[i].Date), Y(ValueOf(records[i])));
            svg.Append(i == 0 ? $"M{C(x)} {C(y)}" : $"H{C(x)}V{C(y)}");
        }
        svg.Append(CultureInfo.InvariantCulture, $"H{C(Right)}\"/>");
        foreach (var r in records)
        {
            var value = MetricText.WithUnit(metric, r.Metrics[metric.Name]);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"record\" cx=\"{C(X(r.Date))}\" cy=\"{C(Y(ValueOf(r)))}\" r=\"4\"><title>{Markup.Escape($"{r.Model}: {value}, {t.Date(r.Date)}")}</title></circle>");
        }
        AppendLabels(svg, records.Select(r => (r, X(r.Date), Y(ValueOf(r)))).ToList(), ranked.Select(r => (X(r.Date), Y(ValueOf(r)))), leader);
        svg.Append("</svg>");

        // The leader is the earliest result with the best value, so it is the record that set it.
        var caption = t.Format("chart_caption", label, leader.Model, MetricText.WithUnit(metric, leader.Metrics[metric.Name]), t.Date(leader.Date));
        return new ChartView(new RawHtml(svg.ToString()), caption);
    }

    private string Description(List<Result> ranked, List<Result> records, Metric metric)
    {
        var holders = string.Join("; ", records.Select(r => $"{r.Model}, {MetricText.WithUnit(metric, r.Metrics[metric.Name])} ({t.Date(r.Date)})"));
        return t.Format("chart_description", ranked.Count.ToString(CultureInfo.InvariantCulture),
            ranked.Min(r => r.Date).Year.ToString(CultureInfo.InvariantCulture),
            ranked.Max(r => r.Date).Year.ToString(CultureInfo.InvariantCulture), holders);
    }

    /// <summary>
    /// Labels record-holders with their model name, the current leader first and then the newest,
    /// trying right, left and below each point; a label that would cover another is left out
    /// (the point's tooltip and the description still name it), and so is a label over a point.
    /// </summary>
    private static void AppendLabels(StringBuilder svg, List<(Result Result, double X, double Y)> records,
        IEnumerable<(double X, double Y)> allPoints, Result leader)
    {
        var placed = allPoints.Select(p => (X0: p.X - 3, Y0: p.Y - 3, X1: p.X + 3, Y1: p.Y + 3)).ToList();
        var order = records.OrderByDescending(p => p.Result == leader).ThenByDescending(p => p.Result.Date).ToList();
        var labels = 0;
        foreach (var (result, x, y) in order)
        {
            if (labels == MaxLabels) break;
            var text = result.Model.Length > LabelLength ? result.Model[..(LabelLength - 1)].TrimEnd() + "…" : result.Model;
            var width = text.Sum(c => c > '\u2E80' ? WideCharWidth : CharWidth);
            (double X, double Y, bool End)[] candidates =
                [(x + 7, y - 7, false), (x - 7, y - 7, true), (x + 7, y + 15, false), (x - 7, y + 15, true)];
            foreach (var (lx, ly, end) in candidates)
            {
                var box = (X0: end ? lx - width : lx, Y0: ly - LabelFontSize, X1: end ? lx : lx + width, Y1: ly + 2);
                var inside = box.X0 >= Left && box.X1 <= Width - 2 && box.Y0 >= Top - 8 && box.Y1 <= Bottom;
                if (!inside || placed.Any(p => p.X0 < box.X1 && box.X0 < p.X1 && p.Y0 < box.Y1 && box.Y0 < p.Y1)) continue;
                placed.Add(box);
                labels++;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"label\" x=\"{Markup.Coordinate(lx)}\" y=\"{Markup.Coordinate(ly)}\"{(end ? " text-anchor=\"end\"" : "")}>{Markup.Escape(text)}</text>");
                break;
            }
        }
    }
}
