using Podium.Diagnostics;

namespace Podium.Diff;

/// <summary>Compares two content folders through the normal Load → Validate → Model stages and writes the Markdown report.</summary>
/// <param name="Report">Null when either side has errors.</param>
/// <param name="Markdown">The report, or what prevented it.</param>
/// <param name="Diagnostics">The changed content's errors; empty when it is valid.</param>
public sealed record ContentDiff(ChangeReport? Report, string Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public static ContentDiff Compare(string beforeDirectory, string afterDirectory)
    {
        var after = ContentSnapshot.Load(afterDirectory);
        if (after.Model is null) return new ContentDiff(null, MarkdownReport.ChangeInvalid(after.Diagnostics), after.Diagnostics);
        var before = ContentSnapshot.Load(beforeDirectory);
        if (before.Model is null) return new ContentDiff(null, MarkdownReport.BaseInvalid(before.Diagnostics), []);
        var report = ChangeReport.Compute(before.Model, after.Model);
        return new ContentDiff(report, MarkdownReport.Write(report), []);
    }
}
