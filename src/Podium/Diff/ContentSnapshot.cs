using Podium.Diagnostics;
using Podium.Model;

namespace Podium.Diff;

/// <summary>A content folder run through Load, Validate and Model: the site readers would see, or why there is none.</summary>
/// <param name="Model">Null when the content has errors.</param>
public sealed record ContentSnapshot(SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs the build pipeline on <paramref name="contentDirectory"/> up to the model (links are irrelevant: the report compares content).</summary>
    public static ContentSnapshot Load(string contentDirectory)
    {
        var run = new SiteBuilder(new BuildOptions(contentDirectory)).Run(PipelineGoal.Model);
        return new ContentSnapshot(run.Model, run.Diagnostics);
    }
}
