using Podium.Render.Templates;
using System.Globalization;
using System.Text;
using Podium.Model;

namespace Podium.Render.Charts;

/// <summary>
/// Draws a leaderboard's state-of-the-art chart as inline SVG at build time: every result as a
/// point by date, the record-holders joined by a step line and labelled where labels fit.
/// Dates are placed in percent of the chart's width and values in pixels, so the SVG fills any
/// screen at its real text size instead of shrinking a desktop drawing onto a phone. Every
/// point is a link to its row with a tooltip (model and value; the page script adds date and
/// paper from the row). Lines are one path per series (<see cref="PlotMarkup"/>). Colours come
/// from CSS classes, so the page's light and dark themes apply. The title and description name
/// the record-holders (the newest five on a board with more) for readers who cannot see the chart.
/// </summary>
public sealed class SotaChart(UiStrings t)
{
    /// <summary>Fewer dated results than this make no chart: two points are a line, not a trend.</summary>
    public const int MinimumResults = 3;

    private const double Height = 300, Top = 34, Bottom = Height - 28;
    private const double LabelFontSize = 11, CharWidth = 6.2, WideCharWidth = 11;
    // Labels are placed for a phone-wide plot; more are placed for a desktop-wide one and shown only there (style.css).
    private const double NarrowWidth = 320, WideWidth = 700;
    private const int MaxLabels = 10;

    /// <summary>The chart of each metric with enough results, the ranking metric first; empty when none has.</summary>
    public IReadOnlyList<ChartView> DrawAll(Leaderboard leaderboard, string idPrefix = "sota")
    {
        var charts = new List<ChartView>();
        var metrics = leaderboard.Metrics.OrderByDescending(m => m == leaderboard.RankBy).ToList();
        foreach (var metric in metrics)
        {
            if (Draw(leaderboard, metric, $"{idPrefix}-{charts.Count}") is { } chart) charts.Add(chart);
        }
        return charts;
    }

    /// <summary>The chart of the ranking metric, or null when fewer than three results have it.</summary>
    public ChartView? Draw(Leaderboard leaderboard, string idPrefix = "sota") => Draw(leaderboard, leaderboard.RankBy, idPrefix);

    private ChartView? Draw(Leaderboard leaderboard, Metric metric, string idPrefix)
    {
        var isRankBy = metric == leaderboard.RankBy;
        // The ranking metric charts the ranked rows; another metric charts every row that reports it.
        var points = leaderboard.Rows.Where(r => isRankBy ? r.Rank is not null : r.Metrics.ContainsKey(metric.Name))
            .OrderBy(r => r.Date).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        if (points.Count < MinimumResults) return null;
        // The ranking metric's records are the model's (the table's green ranks); another metric's are worked out here.
        var records = isRankBy ? points.Where(r => r.IsRecord).ToList() : Records(points, metric);
        var leader = records[^1];
        var label = MetricText.Label(metric);
        var caption = t.Format("chart_caption", label, leader.Model, MetricText.WithUnit(metric, leader.Metrics[metric.Name]), t.Date(leader.Date));
        // Drawn when a page is written: an incremental build compares the chart's inputs instead
        // (every point's key, model, date, value, interval, record mark and page), and draws only
        // the charts of the boards it writes again.
        return new ChartView(new RawHtml(SourceKind, Inputs(metric, idPrefix, points, records), () => Svg(metric, idPrefix, points, records, label)), caption, metric.Name);
    }

    // The kind of a chart's lazily drawn HTML (SafeMarkdown's are -1 and up).
    private const int SourceKind = -2;

    /// <summary>Everything <see cref="Svg"/> reads from the board, as one text (with the site's strings, in the cache's key, it decides the drawing).</summary>
    private static string Inputs(Metric metric, string idPrefix, List<Result> points, List<Result> records)
    {
        var text = new StringBuilder(64 + points.Count * 64);
        text.Append(idPrefix).Append('\n').Append(metric.Name).Append('\n').Append(metric.Unit).Append('\n').Append(metric.HigherIsBetter).Append('\n')
            .Append(BoardPages.IsSplit(points[0].Leaderboard)).Append('\n');
        var recordSet = records.ToHashSet();
        foreach (var r in points)
        {
            var interval = r.IntervalOf(metric.Name)!.Value;
            text.Append(r.Key).Append('\t').Append(r.Model).Append('\t').Append(r.Date.DayNumber).Append('\t')
                .Append(r.Metrics[metric.Name].Text).Append('\t')
                .Append(interval.Low.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(interval.High.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(r.Uncertainty.ContainsKey(metric.Name)).Append('\t').Append(recordSet.Contains(r)).Append('\t')
                .Append(BoardPages.RowFromBoard(r)).Append('\n');
        }
        return text.ToString();
    }

    private string Svg(Metric metric, string idPrefix, List<Result> points, List<Result> records, string label)
    {
        double ValueOf(Result r) => (double)r.Metrics[metric.Name].Value;
        var leader = records[^1];

        var firstDate = points[0].Date;
        var lastDate = points[^1].Date;
        var span = Math.Max(1, lastDate.DayNumber - firstDate.DayNumber);
        // More room on the left, where the value labels sit above their grid lines.
        var from = firstDate.AddDays(-Math.Max(45, span / 9));
        var to = lastDate.AddDays(Math.Max(30, span / 30));
        // Error bars widen the axis to the intervals; without an uncertainty an interval is its value.
        var intervals = points.Select(r => r.IntervalOf(metric.Name)!.Value).ToList();
        var yTicks = ValueAxis.Ticks(intervals.SelectMany(i => new[] { (double)i.Low, (double)i.High }).ToList(), metric.Unit == "%");
        var xTicks = AxisTicks.Dates(from, to, maxTicks: 6);
        var (yMin, yMax) = (yTicks[0].Value, yTicks[^1].Value);

        double P(DateOnly d) => (d.DayNumber - from.DayNumber) / (double)(to.DayNumber - from.DayNumber);
        double Y(double v) => Bottom - (v - yMin) * (Bottom - Top) / (yMax - yMin);
        static string C(double v) => Markup.Coordinate(v);
        static string A(double p) => PlotMarkup.Across(p);
        string Tip(Result r) => $"{r.Model}: {MetricText.WithUnit(metric, r.Metrics[metric.Name])}";

        var direction = metric.HigherIsBetter ? t["higher_is_better"] : t["lower_is_better"];
        var titleId = idPrefix + "-title";
        var descId = idPrefix + "-desc";

        // A group, not an image: an image's content is hidden from assistive technology, and its points are links.
        var svg = new StringBuilder(4096 + points.Count * 200);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"sota\" width=\"100%\" height=\"{C(Height)}\" role=\"group\" aria-labelledby=\"{titleId} {descId}\"");
        // The scale, for the page script that marks an "as of" date (results.js): the first and last
        // date, then the plot's left, top, right and bottom (left and right in percent of the width).
        svg.Append(CultureInfo.InvariantCulture, $" data-dates=\"{from:yyyy-MM-dd} {to:yyyy-MM-dd}\" data-plot=\"0 {C(Top)} 100 {C(Bottom)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Markup.Escape(t.Format("chart_title", label))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{Markup.Escape(Description(points, records, metric))}</desc>");

        // Lines in the drawing area, one path per series: grid, date axis, step line, error bars.
        PlotMarkup.Open(svg, Height);
        svg.Append("<path class=\"grid\" d=\"");
        foreach (var tick in yTicks) svg.Append(CultureInfo.InvariantCulture, $"M0 {C(Y(tick.Value))}H100");
        svg.Append(CultureInfo.InvariantCulture, $"\"/><path class=\"axis\" d=\"M0 {C(Bottom)}H100");
        foreach (var tick in xTicks) svg.Append(CultureInfo.InvariantCulture, $"M{A(P(DateOnly.FromDayNumber((int)tick.Value)))} {C(Bottom)}v5");
        // The step line holds each record until the next one beats it, then to the right edge.
        svg.Append(CultureInfo.InvariantCulture, $"\"/><path class=\"step\" d=\"M{A(P(records[0].Date))} {C(Y(ValueOf(records[0])))}");
        for (var i = 1; i < records.Count; i++) svg.Append(CultureInfo.InvariantCulture, $"H{A(P(records[i].Date))}V{C(Y(ValueOf(records[i])))}");
        svg.Append("H100\"/>");

        // Error bars of the results with an uncertainty on this metric, under the points.
        if (points.Any(r => r.Uncertainty.ContainsKey(metric.Name)))
        {
            svg.Append("<path class=\"error-bars\" d=\"");
            foreach (var r in points.Where(r => r.Uncertainty.ContainsKey(metric.Name)))
            {
                var interval = r.IntervalOf(metric.Name)!.Value;
                svg.Append(CultureInfo.InvariantCulture, $"M{A(P(r.Date))} {C(Y((double)interval.Low))}V{C(Y((double)interval.High))}");
            }
            svg.Append("\"/>");
        }

        // Every result is a link to its row (on a long board, the records only), named by its model and value (the page script's
        // tooltip adds the row's date and paper); the record-holders' group is drawn last, on top.
        PlotMarkup.CloseWithPoints(svg, points, records, r => P(r.Date), r => Y(ValueOf(r)), Tip);
        PlotMarkup.AxisLabels(svg, yTicks, Y, Top, xTicks.Select(t => (P(DateOnly.FromDayNumber((int)t.Value)), t.Label)), Bottom);
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"axis-title\" x=\"0\" y=\"14\">{Markup.Escape($"{label} {MetricText.Arrow(metric)} {direction}")}</text>");

        var placed = new Labels(points.Select(r => (P(r.Date), Y(ValueOf(r)))).ToList(), yTicks.Select(t => (t.Label, Y(t.Value) - 4)).ToList());
        var order = records.OrderByDescending(r => r == leader).ThenByDescending(r => r.Date).ToList();
        var narrow = placed.Place(svg, order.Select(r => (r.Model, P(r.Date), Y(ValueOf(r)))).ToList(), NarrowWidth, null, leader.Model);
        placed.Place(svg, order.Where(r => !narrow.Contains(r.Model)).Select(r => (r.Model, P(r.Date), Y(ValueOf(r)))).ToList(), WideWidth, "wide", null);
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The results that held the record for <paramref name="metric"/> when they appeared, in date
    /// order: each strictly better than every earlier one; within a day the best comes first.
    /// </summary>
    private static List<Result> Records(List<Result> byDate, Metric metric)
    {
        var records = new List<Result>();
        decimal? best = null;
        foreach (var day in byDate.GroupBy(r => r.Date))
        {
            var top = day.OrderBy(r => r.Metrics[metric.Name].Value, Comparer<decimal>.Create(metric.CompareBetterFirst)).First();
            var value = top.Metrics[metric.Name].Value;
            if (best is null || metric.CompareBetterFirst(value, best.Value) < 0)
            {
                records.Add(top);
                best = value;
            }
        }
        return records;
    }

    /// <summary>How many of the newest records the description names on a board with more; the table lists them all.</summary>
    private const int RecordsDescribed = 5;

    private string Description(List<Result> points, List<Result> records, Metric metric)
    {
        string Holder(Result r) => $"{r.Model}, {MetricText.WithUnit(metric, r.Metrics[metric.Name])} ({t.Date(r.Date)})";
        var count = points.Count.ToString(CultureInfo.InvariantCulture);
        var from = points[0].Date.Year.ToString(CultureInfo.InvariantCulture);
        var to = points[^1].Date.Year.ToString(CultureInfo.InvariantCulture);
        if (records.Count <= RecordsDescribed) return t.Format("chart_description", count, from, to, string.Join("; ", records.Select(Holder)));
        return t.Format("chart_description_newest", count, from, to, records.Count.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", records.Skip(records.Count - RecordsDescribed).Select(Holder)));
    }

    /// <summary>
    /// Record-holders' labels, whole (never cut): the current leader first, then the newest,
    /// trying right, left, below-right and below-left of each point at a plot width; a label
    /// that would cover a point, a value on the axis or another label at that width is left out
    /// (the point's tooltip and the description still name it). The leader is always labelled,
    /// over other points if need be. Positions are fractions of the width, so what fits at a
    /// width fits at any wider one.
    /// </summary>
    private sealed class Labels(List<(double P, double Y)> points, List<(string Text, double Y)> ticks)
    {
        private readonly List<(double P, double Dx0, double Dx1, double Y0, double Y1)> _points =
            points.Select(p => (p.P, -4.5, 4.5, p.Y - 4.5, p.Y + 4.5)).ToList();

        private readonly List<(double P, double Dx0, double Dx1, double Y0, double Y1)> _labels =
            ticks.Select(t => (0.0, 0.0, t.Text.Length * CharWidth + 4, t.Y - LabelFontSize, t.Y + 2)).ToList();

        public HashSet<string> Place(StringBuilder svg, List<(string Text, double P, double Y)> records, double width, string? cssClass, string? leader)
        {
            var done = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, p, y) in records)
            {
                if (done.Count == MaxLabels) break;
                var w = text.Sum(c => c > '\u2E80' ? WideCharWidth : CharWidth);
                (double Dx, double Y, bool End)[] candidates = [(7, y - 7, false), (-7, y - 7, true), (7, y + 15, false), (-7, y + 15, true), (-7, y - 19, true), (-7, y + 27, true)];
                bool Covers(List<(double P, double Dx0, double Dx1, double Y0, double Y1)> boxes, double left, double right, double ly) =>
                    boxes.Any(b => b.P * width + b.Dx0 < right && left < b.P * width + b.Dx1 && b.Y0 < ly + 2 && ly - LabelFontSize < b.Y1);
                foreach (var pass in text == leader ? new[] { true, false } : [true])
                {
                    if (done.Contains(text)) break;
                    foreach (var (dx, ly, end) in candidates)
                    {
                        var (dx0, dx1) = end ? (dx - w, dx) : (dx, dx + w);
                        var left = p * width + dx0;
                        var right = p * width + dx1;
                        var inside = left >= 0 && right <= width && ly - LabelFontSize >= Top - 8 && ly + 2 <= Bottom;
                        if (!inside || Covers(_labels, left, right, ly) || (pass && Covers(_points, left, right, ly))) continue;
                        _labels.Add((p, dx0, dx1, ly - LabelFontSize, ly + 2));
                    done.Add(text);
                    var x = PlotMarkup.Percent(p);
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<text class=\"label{(cssClass is null ? "" : " " + cssClass)}\" x=\"{x}\" dx=\"{dx}\" y=\"{Markup.Coordinate(ly)}\"{(end ? " text-anchor=\"end\"" : "")}>{Markup.Escape(text)}</text>");
                        break;
                    }
                }
            }
            return done;
        }
    }
}
