using System.Globalization;
using System.Text.RegularExpressions;
using Podium.Load.Yaml;
using Podium.Model;

namespace Podium.Validate;

/// <summary>
/// Parses metric values with the content format's own strict grammar instead of YAML's
/// coercions: a plain decimal such as <c>99.0</c>, <c>557</c> or <c>-1.5</c>, kept as written.
/// Every rejected form gets a message that says how to write it.
/// </summary>
public static partial class MetricValueParser
{
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    private const int MaxDigits = 28;

    /// <summary>
    /// The value under a metric's name (in a result or a check), or null after reporting why it is
    /// not one: not a scalar, or not a number as the content format writes them.
    /// </summary>
    public static MetricValue? Read(string path, YamlScalar key, YamlNode node, Diagnostics.DiagnosticBag diagnostics)
    {
        if (node is not YamlScalar scalar)
        {
            diagnostics.Add(path, node.Position, Diagnostics.ErrorCodes.InvalidMetricValue,
                $"the value of metric `{FieldReader.Shorten(key.Value)}` must be a number, found {node.KindName}", "write `Accuracy: 99.0`");
            return null;
        }
        var (parsed, problem, hint) = Parse(scalar);
        if (parsed is null)
        {
            diagnostics.Add(path, scalar.Position, Diagnostics.ErrorCodes.InvalidMetricValue, $"metric `{FieldReader.Shorten(key.Value)}`: {problem}", hint);
        }
        return parsed;
    }

    /// <summary>The parsed value, or the reason and hint for rejecting it.</summary>
    public static (MetricValue? Value, string? Problem, string? Hint) Parse(YamlScalar scalar)
    {
        var text = scalar.Value;
        if (!scalar.IsPlain)
        {
            return (null, $"`\"{Shorten(text)}\"` is text, not a number",
                text.Contains('%') ? "write the number without quotes or `%`, e.g. `99.0`; the unit belongs to the metric" : "write the number without quotes, e.g. `99.0`");
        }
        if (Decimal().IsMatch(text))
        {
            if (text.Count(char.IsAsciiDigit) > MaxDigits) return (null, $"`{Shorten(text)}` has more than {MaxDigits} digits", "round it");
            return (new MetricValue(text, decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)), null, null);
        }
        return (null, $"`{Shorten(text)}` is not a plain decimal number", HintFor(text));
    }

    private static string HintFor(string text)
    {
        var lower = text.ToLowerInvariant();
        if (lower.TrimStart('-', '+') is ".nan" or "nan" or ".inf" or "inf" or "infinity" or ".infinity")
            return "only finite numbers are allowed; leave the metric out if there is no value";
        if (text.EndsWith('%')) return $"write `{text.TrimEnd('%').Trim()}` without `%`; the unit belongs to the metric";
        if (text.Contains(',')) return $"use a point as the decimal separator and no thousands separator, e.g. `{text.Replace(',', '.')}`";
        if (lower.StartsWith("0x", StringComparison.Ordinal) || lower.StartsWith("-0x", StringComparison.Ordinal))
            return "hexadecimal is not allowed; write the number in decimal";
        if (lower.StartsWith("0o", StringComparison.Ordinal) || lower.StartsWith("0b", StringComparison.Ordinal))
            return "octal and binary are not allowed; write the number in decimal";
        if (text.StartsWith('+')) return $"leave out the `+` sign: `{text[1..]}`";
        if (lower.Contains('e') && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return "exponents are not allowed; write the number out, e.g. `0.001`";
        if (text.TrimStart('-').StartsWith('.')) return $"write a digit before the point: `{text.Replace(".", "0.", StringComparison.Ordinal)}`";
        if (text.EndsWith('.')) return $"write a digit after the point or none: `{text.TrimEnd('.')}`";
        if (text.TrimStart('-').Length > 1 && text.TrimStart('-')[0] == '0' && char.IsAsciiDigit(text.TrimStart('-')[1]))
            return $"leading zeros are not allowed: `{(text.StartsWith('-') ? "-" : "")}{text.TrimStart('-').TrimStart('0').PadLeft(1, '0')}`";
        return "write a plain decimal number such as `99.0`, `557` or `-1.5`";
    }

    private static string Shorten(string value) => FieldReader.Shorten(value);
}
