using System.Diagnostics;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Render;
using Podium.Validate;
using Podium.Write;

namespace Podium;

/// <summary>
/// The pipeline, in the order it runs: Load → Validate → Model → Render → Write.
/// Content problems stop the build after Validate, before anything is written, and come back as
/// diagnostics; the library never prints.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();

        // 1. Load: find every content file, read it as UTF-8 and parse its YAML.
        var files = Timed(timings, "load", () => ContentLoader.Load(options.ContentDirectory, diagnostics));

        // 2. Validate: check each file against its kind's rules, then the references between files.
        var content = Timed(timings, "validate", () => ContentValidator.Validate(files, diagnostics));
        if (content is null) return new BuildResult(diagnostics.ToSortedList(), 0, timings);

        // 3. Model: link documents into tasks, datasets, leaderboards and papers; rank every leaderboard.
        var model = Timed(timings, "model", () => SiteModelBuilder.Build(content, options.BaseUrl));

        try
        {
            // 4. Render: list every output file with the template and view that produce it.
            var output = Timed(timings, "render", () => new SiteRenderer(model, options.TemplatesDirectory).Files());

            // 5. Write: render and write into a staging folder, then swap it in for the old site.
            var written = Timed(timings, "write", () =>
                SiteWriter.Write(output, Path.Combine(options.TemplatesDirectory, "assets"), options.OutputDirectory));
            return new BuildResult([], written, timings);
        }
        catch (TemplateException ex)
        {
            return Failure(new Diagnostic($"templates/{ex.File}", SourcePosition.Start, ErrorCodes.TemplateError, ex.Message), timings);
        }
        catch (OutputException ex)
        {
            return Failure(new Diagnostic(options.OutputDirectory, SourcePosition.Start, ErrorCodes.OutputError, ex.Message), timings);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is TemplateException))
        {
            var first = (TemplateException)ex.InnerExceptions[0];
            return Failure(new Diagnostic($"templates/{first.File}", SourcePosition.Start, ErrorCodes.TemplateError, first.Message), timings);
        }
    }

    /// <summary>Runs Load and Validate only: checks the content and writes nothing.</summary>
    public static BuildResult Validate(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var files = Timed(timings, "load", () => ContentLoader.Load(contentDirectory, diagnostics));
        Timed(timings, "validate", () => ContentValidator.Validate(files, diagnostics));
        return new BuildResult(diagnostics.ToSortedList(), 0, timings);
    }

    private static BuildResult Failure(Diagnostic diagnostic, List<StageTiming> timings) => new([diagnostic], 0, timings);

    private static T Timed<T>(List<StageTiming> timings, string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(stage, watch.Elapsed));
        return result;
    }
}
