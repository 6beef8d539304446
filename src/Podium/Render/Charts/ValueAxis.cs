namespace Podium.Render.Charts;

/// <summary>
/// The value axis of a chart. It starts from a round value below the data and spans at least a
/// twentieth of the largest value, so that 91.3 against 91.7 looks like the small step it is
/// instead of a leap across the whole chart; it never runs below 0 for values that are not
/// negative, nor above 100 for percentages. The README states the same rule.
/// </summary>
public static class ValueAxis
{
    /// <summary>The smallest span, as a share of the largest absolute value.</summary>
    public const double MinimumSpan = 0.05;

    public static IReadOnlyList<Tick> Ticks(IReadOnlyCollection<double> values, bool percent)
    {
        var (min, max) = (values.Min(), values.Max());
        var spread = max - min;
        // A tenth of the spread as room on each side, and the whole minimum span below the data.
        var low = Math.Min(min - spread * 0.1, max - Math.Max(Math.Abs(max), Math.Abs(min)) * MinimumSpan);
        var high = max + spread * 0.05;
        if (min >= 0) low = Math.Max(0, low);
        if (percent && max <= 100) high = Math.Min(100, high);
        if (high - low < 1e-9) (low, high) = (low - 1, high + 1);
        var ticks = AxisTicks.Numbers(low, high);
        // Rounding outwards may pass 0 or 100; the nearest tick inside does the same job.
        return ticks.Where(t => !(min >= 0 && t.Value < 0) && !(percent && max <= 100 && t.Value > 100)).ToList();
    }
}
