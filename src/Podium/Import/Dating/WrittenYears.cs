using System.Globalization;
using System.Text.RegularExpressions;

namespace Podium.Import.Dating;

/// <summary>
/// Years written in a row's text the way citations write them: <c>(2018)</c>, <c>et al., 2018</c>,
/// <c>'17</c>. Archives name early results "Conneau et al. '17"; the year is the paper's.
/// </summary>
public static partial class WrittenYears
{
    [GeneratedRegex(@"\((?<year>[0-9]{4})\)|et al\.?,?\s+(?<year>[0-9]{4})(?![0-9])|(?<![A-Za-z0-9])['’‘](?<yy>[0-9]{2})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>
    /// The years written in <paramref name="text"/>. A two-digit year is of this century unless that
    /// would be after <paramref name="newestYear"/> (<c>'98</c> is 1998).
    /// </summary>
    public static IEnumerable<YearClue> Find(string? text, int newestYear)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in Year().Matches(text))
        {
            int year;
            if (m.Groups["year"].Success) year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            else
            {
                year = 2000 + int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
                if (year > newestYear) year -= 100;
            }
            yield return new YearClue(year, $"year written in the row (\"{m.Value.Trim()}\")");
        }
    }
}
