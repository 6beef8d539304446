using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Render;
using Podium.Render.Templates;
using Podium.Search;
using Podium.Validate;
using Podium.Write;

namespace Podium;

/// <summary>
/// The pipeline, the one entry point of every command: Load → Validate → Model → Render → Write →
/// Search. <c>build</c> runs it once into a staged folder; <c>serve</c> keeps one instance and runs it
/// again with the files that changed, into memory; <c>validate</c>, <c>diff</c> and the importers
/// stop it after the stage they need (<see cref="PipelineGoal"/>). Content problems stop it after
/// Validate, before anything is written, and come back as diagnostics; the library never prints.
/// Not thread-safe: one run at a time.
/// </summary>
/// <param name="parsedFiles">Content files parsed by earlier builds, reused while unchanged (<c>build</c> keeps them beside the output folder).</param>
public sealed class SiteBuilder(BuildOptions options, ParsedFileCache? parsedFiles = null)
{
    private readonly ContentSet _content = new(options.ContentDirectory, parsedFiles);
    private readonly PaperDerivedCache _paperCache = new();
    private readonly string _templates = Path.GetFullPath(options.TemplatesDirectory);
    private (UiStrings Strings, TemplateRenderer Renderer)? _compiled;
    // Hashed again only when the templates or the site's settings change (serve reruns often).
    private (Model.SiteInfo Site, UInt128 Key)? _shared;

    /// <summary>The content as last loaded: every file found and its checked document (the importers read this).</summary>
    public ContentSet Content => _content;

    /// <summary>
    /// Builds the site into <see cref="BuildOptions.OutputDirectory"/> through a staging folder. What
    /// this build learns (parsed content files, fingerprints of output files) is kept beside the
    /// output folder, and the next build reuses it unless <see cref="BuildOptions.Clean"/> is set.
    /// </summary>
    public static BuildResult Build(BuildOptions options)
    {
        var parsedPath = ParsedFileCache.PathFor(options.OutputDirectory);
        using var parsed = options.Clean ? ParsedFileCache.Empty(parsedPath) : ParsedFileCache.Open(parsedPath);
        var result = new SiteBuilder(options, parsed).Run(PipelineGoal.Write, new StagedFolder(options.OutputDirectory, options.MaxBytes, useCache: !options.Clean));
        parsed.Save();
        return result;
    }

    /// <summary>Runs Load and Validate only: checks the content and writes nothing.</summary>
    public static BuildResult Validate(string contentDirectory) =>
        new SiteBuilder(new BuildOptions(contentDirectory)).Run(PipelineGoal.Validate);

    /// <summary>
    /// Runs the stages up to <paramref name="goal"/>. <paramref name="changed"/> lists the files
    /// that changed since the last run of this instance (null: read everything); a change under
    /// the templates folder parses the templates again.
    /// </summary>
    public BuildResult Run(PipelineGoal goal, ISiteTarget? target = null, IReadOnlyCollection<string>? changed = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(options.Progress);

        // 1. Load: find the files, then read, parse and check each one on its own, in parallel
        //    (only the changed ones when the pipeline runs again).
        var read = clock.Time("load", changed, c => _content.Refresh(c));
        foreach (var d in _content.Diagnostics) diagnostics.Add(d);
        if (goal == PipelineGoal.Load) return Result(diagnostics, clock, read);

        // 2. Validate: every reference between files (tasks, datasets, leaderboards, metrics, papers),
        //    also when some files are broken, so one run reports every problem.
        var content = clock.Time("validate", diagnostics, d => ContentValidator.CheckReferences(_content.Documents, _content.Entries.Select(e => (e.Kind, e.Id)), d));
        if (content is null || goal == PipelineGoal.Validate) return Result(diagnostics, clock, read);

        // 3. Model: link documents into tasks, datasets, leaderboards and papers; rank every leaderboard.
        var model = clock.Time("model", content, c => SiteModelBuilder.Build(c, options.BaseUrl, _paperCache));
        content = null; // the model holds what it needs; let the validated documents go
        if (goal == PipelineGoal.Model || target is null) return Result(diagnostics, clock, read) with { Model = model };

        try
        {
            // 4. Render: list every file of the site (pages, exports, feeds, badges, assets, schemas)
            //    with what produces it. Templates are parsed here, once, and again only when they change.
            var templatesChanged = changed is null || changed.Any(p => IsUnder(Path.GetFullPath(p), _templates));
            if (templatesChanged) _shared = null;
            var files = clock.Time("list", model, m => ListFiles(m, templatesChanged));

            // 5. Write: render every file and hand it to the target (a staged folder, or memory). A
            //    target that keeps the last build's fingerprints skips files whose inputs did not change;
            //    what every file shares (Podium, templates, strings, base URL) is the key of those facts.
            if (_shared is null || _shared.Value.Site != model.Site)
            {
                _shared = (model.Site, SharedInputs.Hash(_templates, _compiled!.Value.Strings.All, model.Site));
            }
            var shared = _shared.Value.Key;
            var written = clock.Time("render+write", files, f => target.Write(f, shared, options.Progress));
            clock.Detail("render+write", written);

            // 6. Search: Pagefind indexes a short record of each page, made from the model (optional: it needs Node).
            var search = options.Search && target is StagedFolder folder
                ? clock.Time("search", folder, f => PagefindIndexer.Run(f.Path, PagefindIndexer.FindToolsDirectory(options.ContentDirectory),
                    SearchRecords.Of(model, new SiteUrls(model.Site), _compiled!.Value.Strings, model.Groups.Value), model.Site.Language))
                : null;
            // 7. Budget: the site's size by section; GitHub Pages refuses sites over 1 GB.
            var size = target is StagedFolder staged ? SiteBudget.Check(staged.Path, written, options.MaxBytes, diagnostics) : null;
            return Result(diagnostics, clock, read) with { Model = model, Files = written, Search = search, Size = size };
        }
        catch (TemplateException ex)
        {
            diagnostics.Add(TemplateDiagnostic(ex));
        }
        catch (AggregateException ex) when (ex.Flatten().InnerExceptions.All(e => e is TemplateException))
        {
            // A template error inside a parallel render: the same error comes from many pages; report each place once.
            foreach (var e in ex.Flatten().InnerExceptions.Cast<TemplateException>().DistinctBy(e => (e.File, e.Position, e.Message))) diagnostics.Add(TemplateDiagnostic(e));
        }
        catch (SiteTooLargeException ex)
        {
            diagnostics.Add(SiteBudget.TooLarge(options.OutputDirectory, ex.Message));
            return Result(diagnostics, clock, read) with { Model = model, Size = ex.Size };
        }
        catch (OutputException ex)
        {
            diagnostics.Add(new Diagnostic(options.OutputDirectory, SourcePosition.Start, ErrorCodes.OutputError, ex.Message));
        }
        return Result(diagnostics, clock, read) with { Model = model };
    }

    private IReadOnlyList<OutputFile> ListFiles(SiteModel model, bool templatesChanged)
    {
        if (templatesChanged || _compiled is null || _compiled.Value.Strings.Language != model.Site.Language)
        {
            _compiled = null;
            var strings = UiStrings.Load(_templates, model.Site.Language);
            _compiled = (strings, new TemplateRenderer(_templates, strings.All));
        }
        return
        [
            .. new SiteRenderer(model, _compiled.Value.Strings, _compiled.Value.Renderer).Files(),
            .. PublishedAssets.Files(_templates, _compiled.Value.Strings),
            .. PublishedSchemas.Files(options.ContentDirectory),
        ];
    }

    /// <summary>A problem in a template, or in a published file beside the content (<c>../schemas/</c>).</summary>
    private static Diagnostic TemplateDiagnostic(TemplateException ex) =>
        new(ex.File.StartsWith("../", StringComparison.Ordinal) ? ex.File[3..] : "templates/" + ex.File, ex.Position, ErrorCodes.TemplateError, ex.Message);

    private static BuildResult Result(DiagnosticBag diagnostics, StageClock clock, int filesRead) =>
        new(diagnostics.ToSortedList(), new WriteStats(0, 0, 0), clock.Timings) { FilesRead = filesRead };

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

/// <summary>How far a run of the pipeline goes.</summary>
public enum PipelineGoal
{
    /// <summary>Read and check each file on its own (the importers' view of existing content).</summary>
    Load,

    /// <summary>Also check references between files (<c>validate</c>).</summary>
    Validate,

    /// <summary>Also build the linked, ranked model (<c>diff</c>).</summary>
    Model,

    /// <summary>Also render the site and write it to the target (<c>build</c>, <c>serve</c>).</summary>
    Write,
}
