using System.Collections.Concurrent;
using Podium.Diagnostics;
using Podium.Validate;

namespace Podium.Load;

/// <summary>
/// The Load stage's result: every file of the content folder, read, parsed and checked on its
/// own. Only the checked document of a file is kept (never its text or YAML tree), so a
/// 100,000-file site is never all in memory at once. The set is kept between runs of a long-lived
/// pipeline (<c>serve</c>): <see cref="Refresh"/> with the changed paths reads only those files
/// again, and lists the folder again only when a file appeared or disappeared.
/// </summary>
/// <param name="parsedFiles">Parsed files kept from the last build (<c>build</c> keeps them beside the output), or null.</param>
public sealed class ContentSet(string contentDirectory, ParsedFileCache? parsedFiles = null)
{
    private sealed record CheckedFile(ContentEntry Entry, object? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly string _root = Path.GetFullPath(contentDirectory);
    private Dictionary<string, CheckedFile> _files = new(StringComparer.Ordinal);
    private IReadOnlyList<ContentEntry> _entries = [];
    private IReadOnlyList<Diagnostic> _layout = [];
    private readonly HashSet<string> _withErrors = new(StringComparer.Ordinal);

    /// <summary>Every file found, in listing order, whether or not it passed its own checks.</summary>
    public IReadOnlyList<ContentEntry> Entries => _entries;

    /// <summary>The checked document of each entry (null when the file has errors), in the order of <see cref="Entries"/>.</summary>
    public IReadOnlyList<object?> Documents => _entries.Select(e => _files[e.FullPath].Document).ToList();

    /// <summary>Problems of the folder's layout and of single files.</summary>
    public IEnumerable<Diagnostic> Diagnostics => _layout.Concat(_withErrors.Order(StringComparer.Ordinal).SelectMany(p => _files[p].Diagnostics));

    /// <summary>
    /// Reads what changed: everything when <paramref name="changed"/> is null (the first run, or a
    /// watcher that lost track), otherwise the listed paths under the content folder. Returns how many files were read.
    /// </summary>
    public int Refresh(IReadOnlyCollection<string>? changed)
    {
        var mine = changed?.Select(Path.GetFullPath).Where(IsInside).ToList();
        if (mine is null || mine.Any(NeedsRelist)) return ReadAll();
        var known = mine.Where(_files.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        foreach (var path in known) Store(Check(_files[path].Entry, listedNow: false));
        return known.Count;
    }

    private int ReadAll()
    {
        var layout = new DiagnosticBag();
        var entries = ContentLoader.Find(_root, layout);
        var files = new CheckedFile[entries.Count];
        Parallel.For(0, entries.Count, i => files[i] = Check(entries[i], listedNow: true));
        _layout = layout.ToSortedList();
        _entries = entries;
        _files = new Dictionary<string, CheckedFile>(entries.Count, StringComparer.Ordinal);
        _withErrors.Clear();
        foreach (var file in files) Store(file);
        return entries.Count;
    }

    private void Store(CheckedFile file)
    {
        _files[file.Entry.FullPath] = file;
        if (file.Diagnostics.Count > 0) _withErrors.Add(file.Entry.FullPath);
        else _withErrors.Remove(file.Entry.FullPath);
    }

    private CheckedFile Check(ContentEntry entry, bool listedNow)
    {
        var bag = new DiagnosticBag();
        var document = parsedFiles is null ? FileChecker.ReadAndCheck(entry, bag) : ReadThroughCache(entry, bag, listedNow);
        var diagnostics = bag.ToSortedList();
        return new CheckedFile(entry, document, diagnostics.Count == 0 ? [] : diagnostics);
    }

    // The file's date is taken before it is read (with the folder listing, on a full read): an edit
    // during the read then leaves a date that no longer matches.
    private object? ReadThroughCache(ContentEntry entry, DiagnosticBag bag, bool listedNow)
    {
        var info = listedNow && entry.Listed is { } listed ? listed : new FileInfo(entry.FullPath);
        if (parsedFiles!.TryGet(entry, info) is { } cached) return FileChecker.Check(cached, bag);
        var parsing = new DiagnosticBag();
        var file = ContentLoader.Read(entry, parsing);
        var problems = parsing.ToSortedList();
        foreach (var d in problems) bag.Add(d);
        if (file is null) return null;
        parsedFiles.Add(entry, info, file, problems);
        return FileChecker.Check(file, bag);
    }

    // A known file that is gone, or a new file or folder: the list of files changed. A path that
    // neither is known nor exists was an editor's temporary file, created and removed again.
    private bool NeedsRelist(string path) =>
        _files.ContainsKey(path) ? !File.Exists(path) : File.Exists(path) || Directory.Exists(path);

    private bool IsInside(string path) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(_root) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
