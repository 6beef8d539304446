using Podium.Import.Dating;

namespace Podium.Import.Pwc;

/// <summary>
/// The dates every row of an archive gives itself (see <see cref="RowDater"/>), worked out before
/// any row is converted, and for each paper (by its identity keys) the best of them: a row's own
/// date, then an arXiv month, then an identifier's year, then a written year, the earliest of a
/// kind. Every row of a paper then takes the same date whatever the order of the rows, so an undated
/// row before the row that dates its paper is not skipped, and a second import finds nothing to add.
/// </summary>
internal sealed class ArchiveDates
{
    private readonly Dictionary<PwcRow, RowDates> rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, (ImportDate Date, DatedBy How, PwcRow Row)> papers = new(StringComparer.Ordinal);

    /// <summary>What the row says about its own date: the date and how, or null; and what was not used, and why.</summary>
    public sealed record RowDates((ImportDate Date, DatedBy How)? Own, IReadOnlyList<string> Problems);

    public ArchiveDates(IReadOnlyList<PwcTask> tasks, DateOnly today)
    {
        var all = new List<PwcRow>();
        void Dataset(PwcDataset dataset)
        {
            all.AddRange(dataset.Rows);
            foreach (var sub in dataset.Subdatasets) Dataset(sub);
        }
        void Task(PwcTask task)
        {
            foreach (var dataset in task.Datasets) Dataset(dataset);
            foreach (var sub in task.Subtasks) Task(sub);
        }
        foreach (var task in tasks) Task(task);

        Dater = new RowDater(NewestYear(all, today), today);
        foreach (var row in all)
        {
            if (rows.ContainsKey(row)) continue;
            var problems = new List<string>();
            var (title, url) = PwcImporter.Paper(row);
            var arxiv = PaperIdentity.Arxiv(url);
            // A row whose paper_date cannot be read is skipped; it dates nothing.
            var own = row.PaperDate is not null && PwcImporter.Date(row.PaperDate) is null ? null
                : Dater.Date(PwcImporter.Date(row.PaperDate), arxiv, url, [row.ModelName, row.PaperTitle], problems);
            rows[row] = new RowDates(own, problems);
            if (own is not { } found) continue;
            foreach (var key in ImportSet.Keys(arxiv, url, title))
            {
                if (!papers.TryGetValue(key, out var best) || Better(found, (best.Date, best.How))) papers[key] = (found.Date, found.How, row);
            }
        }
    }

    public RowDater Dater { get; }

    public RowDates Of(PwcRow row) => rows[row];

    /// <summary>The best date the archive gives the paper with these keys (first key that has one), and the row that gave it.</summary>
    public (ImportDate Date, DatedBy How, PwcRow Row)? Paper(IEnumerable<string> keys) =>
        keys.Select(k => papers.TryGetValue(k, out var best) ? best : ((ImportDate, DatedBy, PwcRow)?)null).FirstOrDefault(b => b is not null);

    private static bool Better((ImportDate Date, DatedBy How) a, (ImportDate Date, DatedBy How) b) =>
        a.How != b.How ? a.How < b.How : a.Date.Value < b.Date.Value;

    /// <summary>
    /// The newest year the archive gives by dates and arXiv ids that are not in the future; the
    /// current year when it gives none. Years read from identifiers and text after it are implausible.
    /// </summary>
    private static int NewestYear(List<PwcRow> rows, DateOnly today)
    {
        var years = new List<int>();
        foreach (var row in rows)
        {
            if (PwcImporter.Date(row.PaperDate) is { } day && day <= today) years.Add(day.Year);
            if (ImportDate.FromArxiv(PaperIdentity.Arxiv(PwcImporter.Paper(row).Url)) is { } month && month.Value <= today) years.Add(month.Value.Year);
        }
        return years.Count > 0 ? years.Max() : today.Year;
    }
}
