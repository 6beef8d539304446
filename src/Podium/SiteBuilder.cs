using Podium.Diagnostics;
using Podium.Render.Templates;
using Podium.Load;
using Podium.Model;
using Podium.Render;
using Podium.Search;
using Podium.Validate;
using Podium.Write;

namespace Podium;

/// <summary>
/// The pipeline, in the order it runs: Load → Validate → Model → Render → Write → Search.
/// Content problems stop the build after Validate, before anything is written, and come back as
/// diagnostics; the library never prints.
/// </summary>
public static class SiteBuilder
{
    private static readonly WriteStats NothingWritten = new(0, 0, 0);

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(options.Progress);

        // 1–2. Load and Validate: read, parse and check each file, then the references between files.
        var content = LoadAndValidate(options.ContentDirectory, diagnostics, clock);
        if (content is null) return new BuildResult(diagnostics.ToSortedList(), NothingWritten, clock.Timings);

        // 3. Model: link documents into tasks, datasets, leaderboards and papers; rank every leaderboard.
        var model = clock.Time("model", (content, options.BaseUrl), static s => SiteModelBuilder.Build(s.content, s.BaseUrl));
        content = null; // the model holds what it needs; let the documents go

        try
        {
            // 4. Render: list every output file with the template and view that produce it.
            var output = clock.Time("render", (model, options), static s =>
                (IReadOnlyList<OutputFile>)[.. new SiteRenderer(s.model, s.options.TemplatesDirectory).Files(), .. PublishedSchemas.Files(s.options.ContentDirectory)]);

            // 5. Write: render each file, write the ones that changed beside the site, then move them in.
            var written = clock.Time("write", (output, options), static s =>
                SiteWriter.Write(s.output, Path.Combine(s.options.TemplatesDirectory, "assets"), s.options.OutputDirectory, s.options.Progress));

            // 6. Search: Pagefind indexes the written pages (optional: it needs Node).
            var search = options.Search
                ? clock.Time("search", options, static o => PagefindIndexer.Run(o.OutputDirectory, PagefindIndexer.FindToolsDirectory(o.ContentDirectory)))
                : null;
            return new BuildResult([], written, clock.Timings) { Search = search };
        }
        catch (TemplateException ex)
        {
            return Failure(new Diagnostic($"templates/{ex.File}", SourcePosition.Start, ErrorCodes.TemplateError, ex.Message), clock);
        }
        catch (OutputException ex)
        {
            return Failure(new Diagnostic(options.OutputDirectory, SourcePosition.Start, ErrorCodes.OutputError, ex.Message), clock);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is TemplateException))
        {
            var first = (TemplateException)ex.InnerExceptions[0];
            return Failure(new Diagnostic($"templates/{first.File}", SourcePosition.Start, ErrorCodes.TemplateError, first.Message), clock);
        }
    }

    /// <summary>Runs Load and Validate only: checks the content and writes nothing.</summary>
    public static BuildResult Validate(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var clock = new StageClock(null);
        LoadAndValidate(contentDirectory, diagnostics, clock);
        return new BuildResult(diagnostics.ToSortedList(), NothingWritten, clock.Timings);
    }

    private static ValidatedContent? LoadAndValidate(string contentDirectory, DiagnosticBag diagnostics, StageClock clock)
    {
        // Load: find the files, then read, parse and check each one on its own, in parallel. Only
        // the checked document of a file is kept, so the text and YAML tree of a 100,000-file
        // site are never all in memory at once.
        var (documents, existing) = clock.Time("load", (contentDirectory, diagnostics), static s =>
        {
            var found = ContentLoader.Find(s.contentDirectory, s.diagnostics);
            var documents = new object?[found.Count];
            Parallel.For(0, found.Count, i => documents[i] = FileChecker.ReadAndCheck(found[i], s.diagnostics));
            return (documents, found.Select(f => (f.Kind, f.Id)).ToList());
        });

        // Validate: every reference between files (tasks, datasets, leaderboards, metrics, papers).
        return clock.Time("validate", (documents, existing, diagnostics), static s =>
            ContentValidator.CheckReferences(s.documents, s.existing, s.diagnostics));
    }

    private static BuildResult Failure(Diagnostic diagnostic, StageClock clock) => new([diagnostic], NothingWritten, clock.Timings);
}
