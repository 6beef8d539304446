using Podium.Diagnostics;
using Podium.Write;

namespace Podium;

/// <summary>The outcome of a build or validation: every diagnostic, what was written, and how long each stage took.</summary>
/// <param name="Files">What the Write stage did; empty when nothing was written.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, WriteStats Files, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What the Search stage did, when it ran.</summary>
    public Search.SearchIndexResult? Search { get; init; }

    /// <summary>The written site's size by section, search index included (builds to disk only).</summary>
    public Write.SiteSize? Size { get; init; }

    /// <summary>The linked, ranked site, when the run got that far without errors.</summary>
    public Model.SiteModel? Model { get; init; }

    /// <summary>Content files read in this run (all of them, or the changed ones).</summary>
    public int FilesRead { get; init; }

    /// <summary>True when no diagnostic is an error; warnings alone do not fail.</summary>
    public bool Succeeded => !Fails(warningsAsErrors: false);

    /// <summary>True when any diagnostic is an error, or, with <paramref name="warningsAsErrors"/>, any at all.</summary>
    public bool Fails(bool warningsAsErrors) => warningsAsErrors ? Diagnostics.Count > 0 : Diagnostics.Any(d => d.IsError);

    /// <summary>"3 errors in 2 files", "1 error and 2 warnings in 2 files", or null when there are none.</summary>
    public string? Summary
    {
        get
        {
            if (Diagnostics.Count == 0) return null;
            var files = Diagnostics.Select(d => d.File).Distinct(StringComparer.Ordinal).Count();
            var errors = Diagnostics.Count(d => d.IsError);
            var warnings = Diagnostics.Count - errors;
            var counts = (errors, warnings) switch
            {
                (_, 0) => Count(errors, "error"),
                (0, _) => Count(warnings, "warning"),
                _ => $"{Count(errors, "error")} and {Count(warnings, "warning")}",
            };
            return files == 1 ? $"{counts} in 1 file" : $"{counts} in {files} files";
        }
    }

    private static string Count(int n, string what) =>
        n == 1 ? $"1 {what}" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {what}s");
}

/// <summary>How long one pipeline stage took; <paramref name="Detail"/> splits it where the stage does two things at once.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, string? Detail = null);
