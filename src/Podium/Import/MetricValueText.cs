using System.Globalization;
using System.Text.RegularExpressions;

namespace Podium.Import;

/// <summary>A metric value read from an archive: the digits as written and the unit they came with.</summary>
public sealed record ParsedMetricValue(string Value, string? Unit);

/// <summary>
/// Reads metric values written as text ("85.1%", "1.2M", "0.93", "12.5 (±0.3)") into the plain
/// decimals the content format needs. The digits are kept as written, never recomputed, so the
/// site shows what the source showed.
/// </summary>
public static partial class MetricValueText
{
    // A number, an optional unit, then anything in brackets or after ± (a spread, not the value).
    [GeneratedRegex(@"^(?<sign>[-+]?)(?<num>[0-9][0-9,]*(\.[0-9]+)?|\.[0-9]+)\s*(?<unit>%|[kKmMbB])?\s*(\(.*\)|±.*|\+/-.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Thousands();

    /// <summary>Most digits a value may have: the validator's cap, what a decimal holds exactly.</summary>
    public const int MaxDigits = 28;

    public static bool FitsDigits(string value) => value.Count(char.IsAsciiDigit) <= MaxDigits;

    /// <summary>The value, or null with <paramref name="reason"/> saying why it cannot be read.</summary>
    public static ParsedMetricValue? Parse(string? text, out string reason)
    {
        reason = "";
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed is "-" or "—" or "–" or "?" or "n/a" or "N/A")
        {
            reason = "no value";
            return null;
        }
        var match = Number().Match(trimmed);
        if (!match.Success)
        {
            reason = $"`{trimmed}` is not a number";
            return null;
        }
        var digits = match.Groups["num"].Value;
        if (digits.Contains(','))
        {
            // Only thousands separators are dropped; a comma decimal would be guesswork.
            if (!Thousands().IsMatch(digits))
            {
                reason = $"`{trimmed}` has a comma that is not a thousands separator";
                return null;
            }
            digits = digits.Replace(",", "", StringComparison.Ordinal);
        }
        if (digits.StartsWith('.')) digits = "0" + digits;
        // Leading zeros are not valid YAML decimals in the content format; they carry no digits.
        var integer = digits.Split('.')[0].TrimStart('0');
        digits = (integer.Length == 0 ? "0" : integer) + (digits.Contains('.') ? digits[digits.IndexOf('.')..] : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            reason = $"`{trimmed}` is out of range";
            return null;
        }
        if (!FitsDigits(digits))
        {
            reason = $"`{trimmed}` has more than {MaxDigits} digits";
            return null;
        }
        var sign = match.Groups["sign"].Value == "-" ? "-" : "";
        var unit = match.Groups["unit"].Value switch
        {
            "" => null,
            "%" => "%",
            var u => u.ToUpperInvariant(),
        };
        return new ParsedMetricValue(sign + digits, unit);
    }
}
