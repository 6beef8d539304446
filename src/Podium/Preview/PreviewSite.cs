using Podium.Render.Templates;
using System.Collections.Concurrent;
using System.Diagnostics;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Render;
using Podium.Validate;

namespace Podium.Preview;

/// <summary>
/// The site as the preview server sees it: kept in memory and updated file by file.
/// Each content file's checked document is cached; after an edit only the edited files are read
/// again, then references are checked and the model rebuilt from the cached documents. Pages are
/// rendered when a browser asks for them, so a rebuild costs the same whichever page changed.
/// When the content has errors the last good site stays in place and the errors are kept for
/// the overlay.
/// </summary>
public sealed class PreviewSite(string contentDirectory, string templatesDirectory, Uri baseUrl)
{
    private sealed record CachedFile(ContentEntry Entry, object? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Lock _lock = new();
    private readonly string _content = Path.GetFullPath(contentDirectory);
    private Dictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private List<(ContentKind Kind, string Id)> _existing = [];
    private readonly HashSet<string> _filesWithErrors = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _layoutDiagnostics = [];
    private (UiStrings Strings, TemplateRenderer Templates)? _templates;
    private Snapshot? _current;
    private readonly PaperDerivedCache _paperCache = new();

    /// <summary>What one update did.</summary>
    /// <param name="FilesRead">Content files read again.</param>
    /// <param name="Timings">Where the time went: read, references, model, pages.</param>
    public sealed record UpdateResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesRead, TimeSpan Elapsed, IReadOnlyList<StageTiming> Timings)
    {
        public bool Succeeded => Diagnostics.Count == 0;
    }

    /// <summary>The errors of the last update (empty when it succeeded); the overlay shows them.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; private set; } = [];

    /// <summary>True once some version of the content has built.</summary>
    public bool HasSite => _current is not null;

    /// <summary>Raised after every update, with its outcome.</summary>
    public event Action<UpdateResult>? Updated;

    /// <summary>
    /// Brings the site up to date. <paramref name="changed"/> lists the files that changed on
    /// disk; null (the first load, or a watcher overflow) reads everything. Templates changing
    /// recompiles them; files added or removed re-list the content folder.
    /// </summary>
    public UpdateResult Update(IReadOnlyCollection<string>? changed)
    {
        lock (_lock)
        {
            var watch = Stopwatch.StartNew();
            var timings = new List<StageTiming>();
            void Lap(string stage)
            {
                timings.Add(new StageTiming(stage, watch.Elapsed - timings.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Elapsed)));
            }
            var templatesChanged = changed is null || changed.Any(IsTemplateFile);
            var contentChanged = changed?.Where(p => IsUnder(p, _content)).ToList();
            var read = contentChanged is null || contentChanged.Any(NeedsRelist)
                ? Relist()
                : Reread(contentChanged.Where(_files.ContainsKey).ToList());
            Lap("read");

            var diagnostics = new DiagnosticBag();
            foreach (var d in _layoutDiagnostics) diagnostics.Add(d);
            foreach (var path in _filesWithErrors)
            {
                foreach (var d in _files[path].Diagnostics) diagnostics.Add(d);
            }
            var content = diagnostics.HasErrors ? null
                : ContentValidator.CheckReferences(_files.Values.Select(f => f.Document).ToList(), _existing, diagnostics);
            Lap("references");

            if (content is not null)
            {
                try
                {
                    if (templatesChanged || _templates is null || _templates.Value.Strings.Language != content.Site.Language)
                    {
                        var strings = UiStrings.Load(templatesDirectory, content.Site.Language);
                        _templates = (strings, new TemplateRenderer(templatesDirectory, strings.All));
                    }
                    var model = SiteModelBuilder.Build(content, baseUrl, _paperCache);
                    Lap("model");
                    _current = new Snapshot(new SiteRenderer(model, _templates.Value.Strings, _templates.Value.Templates));
                    Lap("pages");
                }
                catch (TemplateException ex)
                {
                    diagnostics.Add(new Diagnostic($"templates/{ex.File}", SourcePosition.Start, ErrorCodes.TemplateError, ex.Message));
                }
            }

            Errors = diagnostics.ToSortedList();
            var result = new UpdateResult(Errors, read, watch.Elapsed, timings);
            Updated?.Invoke(result);
            return result;
        }
    }

    /// <summary>
    /// The bytes of a site file (<c>paper/x/index.html</c>, <c>assets/style.css</c>), rendered on
    /// first request and kept until the next successful update; null when the site has no such file.
    /// </summary>
    public byte[]? Get(string sitePath)
    {
        if (sitePath.StartsWith("assets/", StringComparison.Ordinal))
        {
            var assets = Path.GetFullPath(Path.Combine(templatesDirectory, "assets"));
            var file = Path.GetFullPath(Path.Combine(templatesDirectory, sitePath));
            return IsUnder(file, assets) && File.Exists(file) ? Write.AssetCompactor.Compact(file, File.ReadAllBytes(file)) : null;
        }
        return _current?.Get(sitePath);
    }

    private int Relist()
    {
        var bag = new DiagnosticBag();
        var entries = ContentLoader.Find(_content, bag);
        _layoutDiagnostics = bag.ToSortedList();
        var files = new ConcurrentDictionary<string, CachedFile>(StringComparer.Ordinal);
        Parallel.ForEach(entries, entry => files[entry.FullPath] = Check(entry));
        _files = new Dictionary<string, CachedFile>(files, StringComparer.Ordinal);
        _existing = entries.Select(e => (e.Kind, e.Id)).ToList();
        _filesWithErrors.Clear();
        foreach (var (path, file) in _files)
        {
            if (file.Diagnostics.Count > 0) _filesWithErrors.Add(path);
        }
        return entries.Count;
    }

    // A known file that is gone, or a new file or folder: the list of files changed. A path that
    // neither is known nor exists was an editor's temporary file, created and removed again.
    private bool NeedsRelist(string path) =>
        _files.ContainsKey(path) ? !File.Exists(path) : File.Exists(path) || Directory.Exists(path);

    private int Reread(List<string> paths)
    {
        foreach (var path in paths)
        {
            var file = Check(_files[path].Entry);
            _files[path] = file;
            if (file.Diagnostics.Count > 0) _filesWithErrors.Add(path);
            else _filesWithErrors.Remove(path);
        }
        return paths.Count;
    }

    private static CachedFile Check(ContentEntry entry)
    {
        var bag = new DiagnosticBag();
        var document = FileChecker.ReadAndCheck(entry, bag);
        return new CachedFile(entry, document, bag.ToSortedList());
    }

    private bool IsTemplateFile(string path) => IsUnder(path, Path.GetFullPath(templatesDirectory));

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>One successful build: every output file by path, rendered on demand and cached.</summary>
    private sealed class Snapshot
    {
        private readonly Dictionary<string, OutputFile> _files;
        private readonly ConcurrentDictionary<string, byte[]> _rendered = new(StringComparer.Ordinal);

        public Snapshot(SiteRenderer renderer) =>
            _files = renderer.Files().ToDictionary(f => f.Path.Replace(Path.DirectorySeparatorChar, '/'), StringComparer.Ordinal);

        public byte[]? Get(string path) =>
            _files.TryGetValue(path, out var file) ? _rendered.GetOrAdd(path, _ => file.Content()) : null;
    }
}
