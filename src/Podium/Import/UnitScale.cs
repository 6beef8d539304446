using System.Globalization;

namespace Podium.Import;

/// <summary>
/// Moves a count between the multiplier units sources write (<c>250k</c>, <c>1.2M</c>, a plain
/// <c>25557032</c>) and a leaderboard's unit. Scaling by a power of ten is exact, so only the
/// position of the decimal point changes unless rounding is asked for.
/// </summary>
public static class UnitScale
{
    /// <summary>The value in <paramref name="unit"/>, rounded to <paramref name="decimals"/> when given; null when either unit is not a multiplier.</summary>
    public static string? Convert(ParsedMetricValue value, string? unit, int? decimals = null)
    {
        if (Factor(value.Unit) is not { } from || Factor(unit) is not { } to) return null;
        try
        {
            var number = decimal.Parse(value.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * from / to;
            if (decimals is { } d)
            {
                // A count too small for the decimals asked (12 FLOPs in G) keeps three significant digits, not 0.
                var rounded = Math.Round(number, d, MidpointRounding.AwayFromZero);
                if (rounded == 0 && number != 0) rounded = Math.Round(number, Math.Clamp(2 - (int)Math.Floor(Math.Log10((double)Math.Abs(number))), 0, 28), MidpointRounding.AwayFromZero);
                number = rounded;
            }
            return number.ToString("0.############################", CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal? Factor(string? unit) => unit?.ToUpperInvariant() switch
    {
        null or "" => 1m,
        "K" => 1e3m,
        "M" => 1e6m,
        "B" or "G" => 1e9m,
        "T" => 1e12m,
        _ => null,
    };
}
