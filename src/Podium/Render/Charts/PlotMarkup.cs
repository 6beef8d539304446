using System.Globalization;
using System.Text;

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

    /// <summary>One point, in the outer SVG: a link to its row named by <paramref name="tooltip"/>.</summary>
    public static void Point(StringBuilder svg, string rowKey, double fraction, double y, string tooltip) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<a href=\"#{rowKey}\"><circle cx=\"{Percent(fraction)}\" cy=\"{Markup.Coordinate(y)}\" r=\"4.5\"/><title>{Markup.Escape(tooltip)}</title></a>");
}
