using System.Globalization;
using System.Text.RegularExpressions;

namespace Podium.Import;

/// <summary>
/// A date for imported content. <see cref="Guess"/> is null for a date the source gave; otherwise
/// it says how the date was worked out, and the file gets it as a comment for a maintainer to check.
/// </summary>
public readonly partial record struct ImportDate(DateOnly Value, string? Guess)
{
    /// <summary>
    /// The month an arXiv id was given in (new ids start YYMM, old ones end with YYMMNNN), as the
    /// first of that month: the id says when the paper first appeared, to the month.
    /// </summary>
    public static ImportDate? FromArxiv(string? arxiv)
    {
        if (arxiv is null || YearMonth().Match(arxiv) is not { Success: true } m) return null;
        var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        // arXiv started in 1991; two-digit years from 91 on are 19xx.
        var year = yy >= 91 ? 1900 + yy : 2000 + yy;
        return new ImportDate(new DateOnly(year, month, 1), $"month of arXiv {arxiv}; the day is not known, correct it");
    }

    [GeneratedRegex(@"^(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.[0-9]{4,5}$|/(?<yy>[0-9]{2})(?<mm>[0-9]{2})[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();
}
