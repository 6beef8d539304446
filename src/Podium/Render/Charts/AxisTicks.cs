using System.Globalization;

namespace Podium.Render.Charts;

/// <summary>A tick on a chart axis: where it is and its label.</summary>
public readonly record struct Tick(double Value, string Label);

/// <summary>
/// Round-number ticks for chart axes: values step by 1, 2 or 5 times a power of ten, dates by
/// whole years (or months for short spans), so labels read like a person would write them.
/// </summary>
public static class AxisTicks
{
    /// <summary>Ticks covering [min, max] with about <paramref name="target"/> steps; the first and last tick enclose every value.</summary>
    public static IReadOnlyList<Tick> Numbers(double min, double max, int target = 5)
    {
        if (max - min < 1e-9)
        {
            var pad = Math.Abs(min) > 1e-9 ? Math.Abs(min) * 0.01 : 1;
            min -= pad;
            max += pad;
        }
        var step = NiceStep((max - min) / target);
        var first = Math.Floor(min / step + 1e-9);
        var last = Math.Ceiling(max / step - 1e-9);
        var decimals = Math.Max(0, -(int)Math.Floor(Math.Log10(step) + 1e-9));
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var ticks = new List<Tick>();
        for (var i = first; i <= last; i++)
        {
            var value = i * step;
            ticks.Add(new Tick(value, value.ToString(format, CultureInfo.InvariantCulture)));
        }
        return ticks;
    }

    /// <summary>Year ticks (every 1, 2, 5, 10… years) inside [from, to]; months when the span is under two years.</summary>
    public static IReadOnlyList<Tick> Dates(DateOnly from, DateOnly to, int maxTicks = 8)
    {
        var ticks = new List<Tick>();
        var years = (to.DayNumber - from.DayNumber) / 365.25;
        if (years >= 2)
        {
            var step = new[] { 1, 2, 5, 10, 20, 50, 100 }.First(s => years / s <= maxTicks);
            for (var y = (from.Year + step - 1) / step * step; y <= to.Year; y += step)
            {
                var date = new DateOnly(y, 1, 1);
                if (date >= from) ticks.Add(new Tick(date.DayNumber, y.ToString(CultureInfo.InvariantCulture)));
            }
            return ticks;
        }
        var months = Math.Max(1, (int)Math.Ceiling(years * 12));
        var monthStep = new[] { 1, 2, 3, 6, 12 }.First(s => months / (double)s <= maxTicks);
        var start = new DateOnly(from.Year, from.Month, 1);
        if (start < from) start = start.AddMonths(1);
        while ((start.Month - 1) % monthStep != 0) start = start.AddMonths(1);
        for (var d = start; d <= to; d = d.AddMonths(monthStep))
        {
            ticks.Add(new Tick(d.DayNumber, d.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }
        return ticks;
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var normal = rough / magnitude;
        return magnitude * (normal < 1.5 ? 1 : normal < 3 ? 2 : normal < 7 ? 5 : 10);
    }
}
