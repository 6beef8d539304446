using System.Globalization;

namespace Podium.Validate;

/// <summary>Whole numbers as the content format writes them (<c>5</c>, <c>12</c>): ASCII digits only, no sign, no leading zero.</summary>
internal static class WholeNumber
{
    /// <summary>The number, or null when <paramref name="text"/> is not a plain whole number below a billion.</summary>
    public static int? Parse(string text)
    {
        if (text.Length is 0 or > 9 || (text.Length > 1 && text[0] == '0')) return null;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return null;
        }
        return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
