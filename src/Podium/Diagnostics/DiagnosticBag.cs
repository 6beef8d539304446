namespace Podium.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage instead of throwing, so one run reports every problem.
/// Thread-safe: files are read and checked in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    /// <summary>True when any diagnostic is an error; warnings alone stop nothing.</summary>
    public bool HasErrors
    {
        get { lock (_lock) return _items.Exists(d => d.IsError); }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock) _items.Add(diagnostic);
    }

    public void Add(string file, SourcePosition position, string code, string message, string? hint = null) =>
        Add(new Diagnostic(file, position, code, message, hint));

    /// <summary>All diagnostics sorted by file, line and column, without exact duplicates.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        List<Diagnostic> copy;
        lock (_lock) copy = [.. _items];
        copy.Sort(Diagnostic.Compare);
        return copy.Distinct().ToList();
    }
}
