using Podium.Diagnostics;
using Podium.Write;

namespace Podium;

/// <summary>The outcome of a build or validation: every diagnostic, what was written, and how long each stage took.</summary>
/// <param name="Files">What the Write stage did; empty when nothing was written.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, WriteStats Files, IReadOnlyList<StageTiming> Timings)
{
    /// <summary>What the Search stage did, when it ran.</summary>
    public Search.SearchIndexResult? Search { get; init; }

    /// <summary>The linked, ranked site, when the run got that far without errors.</summary>
    public Model.SiteModel? Model { get; init; }

    /// <summary>Content files read in this run (all of them, or the changed ones).</summary>
    public int FilesRead { get; init; }

    public bool Succeeded => Diagnostics.Count == 0;

    /// <summary>"3 errors in 2 files", or null when there are none.</summary>
    public string? Summary
    {
        get
        {
            if (Diagnostics.Count == 0) return null;
            var files = Diagnostics.Select(d => d.File).Distinct(StringComparer.Ordinal).Count();
            var errors = Diagnostics.Count == 1 ? "1 error" : $"{Diagnostics.Count} errors";
            return files == 1 ? $"{errors} in 1 file" : $"{errors} in {files} files";
        }
    }
}

/// <summary>How long one pipeline stage took; <paramref name="Detail"/> splits it where the stage does two things at once.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, string? Detail = null);
