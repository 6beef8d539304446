using Podium.Import.Dating;

namespace Podium.Import;

/// <summary>A row of the archive that was not imported, and why.</summary>
public sealed record SkippedRow(string Row, string Reason)
{
    public override string ToString() => $"{Row}: {Reason}";
}

/// <summary>Something left out of a row that was imported (e.g. an unreadable metric value).</summary>
public sealed record ImportNote(string Row, string Message)
{
    public override string ToString() => $"{Row}: {Message}";
}

/// <summary>What an import did; the CLI prints it, the library never does.</summary>
/// <param name="Rows">Rows in the archive (those of the tasks asked for); every one is imported or skipped.</param>
/// <param name="Notes">Values left out of rows that were imported (e.g. an unreadable metric).</param>
public sealed record ImportReport(
    int Rows, int Imported, int Tasks, int Datasets, int Papers,
    IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<ImportNote> Notes, WriteOutcome Files)
{
    /// <summary>The report of an import that wrote <paramref name="set"/>; only new datasets with a leaderboard and new papers with results count.</summary>
    public static ImportReport Of(int rows, ImportSet set, IReadOnlyList<SkippedRow> skipped, IReadOnlyList<ImportNote> notes, WriteOutcome files) => new(
        rows, set.Results.Count, set.NewTasks.Count,
        set.Datasets.Count(d => !d.Existing && d.Leaderboards.Any(l => l.Metrics.Count > 0)),
        set.Results.Select(r => r.Paper).OfType<ImportedPaper>().Where(p => !p.Existing).Distinct().Count(),
        skipped, notes, files);

    /// <summary>The reports of several imports run one after another, as one.</summary>
    public static ImportReport Combine(IReadOnlyList<ImportReport> reports) => new(
        reports.Sum(r => r.Rows), reports.Sum(r => r.Imported), reports.Sum(r => r.Tasks), reports.Sum(r => r.Datasets), reports.Sum(r => r.Papers),
        reports.SelectMany(r => r.Skipped).ToList(), reports.SelectMany(r => r.Notes).ToList(),
        new WriteOutcome(reports.SelectMany(r => r.Files.Written).ToList(), reports.SelectMany(r => r.Files.Unchanged).ToList(),
            reports.SelectMany(r => r.Files.Kept).ToList()))
    {
        Dating = DatingCount.Of(reports.SelectMany(r => r.Dating).SelectMany(d => Enumerable.Repeat(d.How, d.Rows))),
    };

    /// <summary>Imported rows counted by how they were dated (empty when the importer does not count them).</summary>
    public IReadOnlyList<DatingCount> Dating { get; init; } = [];

    /// <summary>The rows dated by <paramref name="how"/>.</summary>
    public int RowsDatedBy(DatedBy how) => Dating.Where(d => d.How == how).Sum(d => d.Rows);

    /// <summary>A line such as <c>dated: 51 by their own date, 6 by the year of an identifier</c>, or null.</summary>
    public string? DatingSummary => Dating.Count == 0 ? null : "dated: " + string.Join(", ", Dating.Select(d => $"{d.Rows} {d.Label}"));

    public string Summary =>
        $"imported {Imported} results ({Tasks} tasks, {Datasets} datasets, {Papers} papers); skipped {Skipped.Count} rows";
}

/// <summary>An archive that cannot be read at all (not JSON, not the expected shape).</summary>
public sealed class ImportException(string message) : Exception(message);
