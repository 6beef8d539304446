namespace Podium.Import;

/// <summary>A row of the archive that was not imported, and why.</summary>
public sealed record SkippedRow(string Row, string Reason)
{
    public override string ToString() => $"{Row}: {Reason}";
}

/// <summary>What an import did; the CLI prints it, the library never does.</summary>
/// <param name="Rows">Rows in the archive (those of the tasks asked for); every one is imported or skipped.</param>
/// <param name="Notes">Values left out of rows that were imported (e.g. an unreadable metric).</param>
public sealed record ImportReport(
    int Rows, int Imported, int Tasks, int Datasets, int Papers,
    IReadOnlyList<SkippedRow> Skipped, IReadOnlyList<string> Notes, WriteOutcome Files)
{
    public string Summary =>
        $"imported {Imported} results ({Tasks} tasks, {Datasets} datasets, {Papers} papers); skipped {Skipped.Count} rows";
}

/// <summary>An archive that cannot be read at all (not JSON, not the expected shape).</summary>
public sealed class ImportException(string message) : Exception(message);
