namespace Podium.Model;

/// <summary>
/// How much one metric value of a result varies: a standard deviation over runs, or a 95%
/// confidence interval. Numbers keep their digits as written, like metric values.
/// </summary>
/// <param name="Std">Standard deviation over <paramref name="Runs"/> independent runs; null when <paramref name="Ci95"/> is given.</param>
/// <param name="Runs">Number of runs: required with <paramref name="Std"/>, optional with <paramref name="Ci95"/>.</param>
/// <param name="Ci95">The interval as written, low then high; null when <paramref name="Std"/> is given.</param>
public sealed record Uncertainty(MetricValue? Std, int? Runs, (MetricValue Low, MetricValue High)? Ci95)
{
    /// <summary>1.96 standard errors either side of the mean cover 95% of a normal distribution.</summary>
    private const decimal Z95 = 1.96m;

    /// <summary>
    /// The interval of <paramref name="value"/>: <c>ci95</c> when given, else
    /// <c>value ± 1.96 · std / √runs</c>, as the content format defines it.
    /// </summary>
    public ValueInterval IntervalOf(decimal value)
    {
        if (Ci95 is { } ci) return new ValueInterval(ci.Low.Value, ci.High.Value);
        // Math.Sqrt is correctly rounded, so the interval is the same on every machine.
        var half = Z95 * Std!.Value.Value / (decimal)Math.Sqrt(Runs!.Value);
        return new ValueInterval(value - half, value + half);
    }
}
