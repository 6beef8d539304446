using System.Globalization;

namespace Podium.Import.Dating;

/// <summary>
/// Dates a row from what the row itself says, in this order: its own date, the month of its arXiv
/// id, a year its identifiers carry (<see cref="IdentifierYears"/>), a year written in its text
/// (<see cref="WrittenYears"/>). A worked-out date is the first day of the year or month the clue
/// gives, with a comment naming the clue. What cannot be right is not used and is said in
/// <c>problems</c>: a date in the future, an impossible id, clues of one kind that disagree, a year
/// outside 1950 to the newest year of the archive, a year before the row's arXiv id. Identifiers that
/// disagree leave the row undated by what it says: a year written in it does not settle them.
/// </summary>
/// <param name="newestYear">The newest year the archive itself gives; later years are not plausible.</param>
/// <param name="today">Dates after this day are in the future.</param>
public sealed class RowDater(int newestYear, DateOnly today)
{
    public const int OldestYear = 1950;
    public const string DayUnknown = "the day is not known, correct it";

    /// <summary>The longest text (model name, title, link) read for years.</summary>
    public const int MaxReadLength = 2000;

    public int NewestYear { get; } = newestYear;
    public DateOnly Today { get; } = today;

    /// <summary>The row's date and how it was found, or null; <paramref name="problems"/> gets what was not used and why.</summary>
    public (ImportDate Date, DatedBy How)? Date(DateOnly? given, string? arxiv, string? url, IReadOnlyList<string?> texts, List<string> problems)
    {
        if (given is { } day)
        {
            if (day <= Today) return (new ImportDate(day, null), DatedBy.Given);
            problems.Add($"paper_date {Text(day)} is in the future");
        }
        // Text longer than any title or link is not read: it could only slow the patterns down.
        var readable = texts.Where(t => t is { Length: <= MaxReadLength }).ToList();
        var identifiers = readable.Prepend(url is { Length: <= MaxReadLength } ? url : null).SelectMany(IdentifierYears.Find).ToList();
        var written = readable.SelectMany(t => WrittenYears.Find(t, NewestYear)).ToList();

        if (arxiv is not null)
        {
            var month = ImportDate.FromArxiv(arxiv);
            if (month is null) problems.Add($"arXiv id {arxiv} is impossible (no such month)");
            else if (month.Value.Value > Today) problems.Add($"arXiv id {arxiv} is in the future");
            else
            {
                // A preprint comes before its publication, never after: an earlier year contradicts the id.
                foreach (var clue in identifiers.Concat(written).Where(c => c.Problem is null && c.Year < month.Value.Value.Year).DistinctBy(c => c.Origin))
                {
                    problems.Add($"{clue.Origin} gives {clue.Year}, before arXiv {arxiv}");
                }
                return (month.Value, DatedBy.Arxiv);
            }
        }
        var id = Pick(identifiers, "identifiers", problems, out var conflict);
        // Identifiers that disagree make the row's years doubtful: a year written in it does not settle them.
        if (conflict) return null;
        if (id is not null)
        {
            foreach (var other in written.Where(c => c.Problem is null && c.Year != id.Year).DistinctBy(c => c.Origin))
            {
                problems.Add($"{other.Origin} gives {other.Year}, {id.Origin} gives {id.Year}");
            }
            return (new ImportDate(new DateOnly(id.Year, 1, 1), $"year of {id.Origin}; {DayUnknown}"), DatedBy.Identifier);
        }
        if (Pick(written, "years written in the row", problems, out _) is { } year)
        {
            return (new ImportDate(new DateOnly(year.Year, 1, 1), $"{year.Origin}; {DayUnknown}"), DatedBy.WrittenYear);
        }
        return null;
    }

    /// <summary>The clue to date by when the plausible clues of one kind agree on one year; otherwise null, with why in <paramref name="problems"/>.</summary>
    private YearClue? Pick(List<YearClue> clues, string kind, List<string> problems, out bool conflict)
    {
        conflict = false;
        var plausible = new List<YearClue>();
        foreach (var clue in clues.DistinctBy(c => c.Origin))
        {
            if (clue.Problem is { } problem) problems.Add(problem);
            else if (clue.Year < OldestYear || clue.Year > NewestYear)
            {
                problems.Add($"{clue.Origin} gives {clue.Year}, outside {OldestYear} to {NewestYear} (the newest year of the archive)");
            }
            else plausible.Add(clue);
        }
        var years = plausible.Select(c => c.Year).Distinct().ToList();
        if (years.Count == 1) return plausible[0];
        if (years.Count > 1)
        {
            conflict = true;
            problems.Add($"the {kind} give different years ({string.Join(", ", plausible.Select(c => $"{c.Origin}: {c.Year}"))})");
        }
        return null;
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
