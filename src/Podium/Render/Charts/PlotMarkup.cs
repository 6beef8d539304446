using System.Globalization;
using System.Text;
using Podium.Model;

namespace Podium.Render.Charts;

/// <summary>
/// The drawing area the charts share: an inner SVG whose x runs 0–100 across the chart's whole
/// width and whose y is in pixels (<c>preserveAspectRatio="none"</c> stretches it to any width).
/// Lines drawn in it keep their pixel width (<c>vector-effect: non-scaling-stroke</c> in
/// style.css), so a series is one <c>&lt;path&gt;</c> instead of a <c>&lt;line&gt;</c> per segment.
/// Points and text stay in the outer SVG, in percent across, at their real size: a point is a
/// circle, which, unlike a round-capped zero-length segment, has a box to hover, focus and place
/// a tooltip by.
/// </summary>
public static class PlotMarkup
{
    /// <summary>Opens the drawing area of a chart <paramref name="height"/> pixels tall; it holds only lines, hidden from assistive technology (the chart's title and description say what they show).</summary>
    public static void Open(StringBuilder svg, double height) =>
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"plot\" viewBox=\"0 0 100 {Markup.Coordinate(height)}\" preserveAspectRatio=\"none\" aria-hidden=\"true\">");

    /// <summary>A position across the drawing area (0–100) for a fraction of the width, with at most two decimals.</summary>
    public static string Across(double fraction) => Math.Round(fraction * 100, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The same position as text in the outer SVG places it: in percent of the width.</summary>
    public static string Percent(double fraction) => Across(fraction) + "%";

    /// <summary>
    /// Closes the drawing area and draws the points: the others first, then the marked ones (the
    /// records, or the cost chart's front) in a group of their own, on top. Each is a link to its
    /// row, except on a long board (<see cref="BoardPages"/>), whose page shows only its first rows:
    /// there the others are dots in one path in the drawing area (about 13 bytes each instead of
    /// 110; a 1,556-row board has 1,556 in each of its charts), and only the marked ones are links.
    /// </summary>
    public static void CloseWithPoints(StringBuilder svg, IReadOnlyList<Result> points, IReadOnlyList<Result> marked,
        Func<Result, double> fraction, Func<Result, double> y, Func<Result, string> tooltip)
    {
        var markedSet = marked.ToHashSet();
        var others = points.Where(r => !markedSet.Contains(r));
        var linkEvery = points.Count == 0 || !BoardPages.IsSplit(points[0].Leaderboard);
        if (!linkEvery)
        {
            svg.Append("<path class=\"dots\" d=\"");
            foreach (var r in others) svg.Append(CultureInfo.InvariantCulture, $"M{Across(fraction(r))} {Markup.Coordinate(y(r))}h0");
            svg.Append("\"/>");
        }
        svg.Append("</svg><g class=\"points\">");
        if (linkEvery) foreach (var r in others) Point(svg, r, fraction(r), y(r), tooltip(r));
        svg.Append("</g><g class=\"points records\">");
        foreach (var r in marked) Point(svg, r, fraction(r), y(r), tooltip(r));
        svg.Append("</g>");
    }

    /// <summary>
    /// The axes' text at its real size: values above their grid lines at the left edge (those that
    /// fit below <paramref name="top"/>), and the x labels under the axis at <paramref name="bottom"/>.
    /// </summary>
    public static void AxisLabels(StringBuilder svg, IEnumerable<Tick> yTicks, Func<double, double> y, double top,
        IEnumerable<(double Fraction, string Label)> xTicks, double bottom)
    {
        svg.Append("<g class=\"axis y\">");
        foreach (var tick in yTicks.Where(t => y(t.Value) - 4 > top - 6)) svg.Append(CultureInfo.InvariantCulture, $"<text y=\"{Markup.Coordinate(y(tick.Value) - 4)}\">{tick.Label}</text>");
        svg.Append("</g><g class=\"axis x\">");
        foreach (var (fraction, label) in xTicks) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Percent(fraction)}\" y=\"{Markup.Coordinate(bottom + 19)}\">{label}</text>");
        svg.Append("</g>");
    }

    /// <summary>One point, in the outer SVG: a link to its row (on the board's page, or a long board's complete table) named by <paramref name="tooltip"/>.</summary>
    public static void Point(StringBuilder svg, Result row, double fraction, double y, string tooltip) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<a href=\"{BoardPages.RowFromBoard(row)}\"><circle cx=\"{Percent(fraction)}\" cy=\"{Markup.Coordinate(y)}\" r=\"4.5\"/><title>{Markup.Escape(tooltip)}</title></a>");
}
