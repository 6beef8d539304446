namespace Podium.Validate;

/// <summary>
/// Reads <c>YYYY-MM-DD</c> dates. Written by hand because DateOnly.TryParseExact goes through the
/// culture-aware format parser, which took a noticeable share of the Load stage on 50,000 papers.
/// </summary>
public static class IsoDate
{
    /// <summary>The date as the content format writes it: <c>2018-11-16</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? TryParse(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return null;
        if (Digits(text, 0, 4) is not { } year || Digits(text, 5, 2) is not { } month || Digits(text, 8, 2) is not { } day) return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day);
    }

    private static int? Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return null;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    }
}
