using System.Diagnostics;
using Podium.Diagnostics;
using Podium.Write;

namespace Podium.Preview;

/// <summary>
/// The site as the preview server sees it: the build pipeline run into memory, and run again with
/// the files that changed. The pipeline keeps each content file's checked document, so after an
/// edit only the edited files are read again; pages are rendered when a browser asks for them, so
/// a rebuild costs the same whichever page changed. When the content has errors the last good site
/// stays in place and the errors are kept for the overlay.
/// </summary>
public sealed class PreviewSite(string contentDirectory, string templatesDirectory, Uri baseUrl)
{
    private readonly Lock _lock = new();
    private readonly SiteBuilder _pipeline = new(new BuildOptions(contentDirectory, templatesDirectory, BaseUrl: baseUrl));
    private readonly MemorySite _site = new();

    /// <summary>What one update did.</summary>
    /// <param name="FilesRead">Content files read again.</param>
    /// <param name="Timings">Where the time went, stage by stage.</param>
    public sealed record UpdateResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesRead, TimeSpan Elapsed, IReadOnlyList<StageTiming> Timings)
    {
        public bool Succeeded => !Diagnostics.Any(d => d.IsError);
    }

    /// <summary>The errors of the last update (empty when it succeeded); the overlay shows them.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; private set; } = [];

    /// <summary>True once some version of the content has built.</summary>
    public bool HasSite => _site.HasSite;

    /// <summary>Raised after every update, with its outcome.</summary>
    public event Action<UpdateResult>? Updated;

    /// <summary>
    /// Brings the site up to date. <paramref name="changed"/> lists the files that changed on
    /// disk; null (the first load, or a watcher overflow) reads everything.
    /// </summary>
    public UpdateResult Update(IReadOnlyCollection<string>? changed)
    {
        lock (_lock)
        {
            var watch = Stopwatch.StartNew();
            var run = _pipeline.Run(PipelineGoal.Write, _site, changed);
            Errors = run.Diagnostics;
            var result = new UpdateResult(run.Diagnostics, run.FilesRead, watch.Elapsed, run.Timings);
            Updated?.Invoke(result);
            return result;
        }
    }

    /// <summary>
    /// The bytes of a site file (<c>paper/x/index.html</c>, <c>assets/style.css</c>), exactly as
    /// <c>build</c> writes it, rendered on first request; null when the site has no such file.
    /// </summary>
    public byte[]? Get(string sitePath) => _site.Get(sitePath);
}
