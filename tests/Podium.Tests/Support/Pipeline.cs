namespace Podium.Tests.Support;

/// <summary>The build pipeline, stopped where a test needs it.</summary>
public static class Pipeline
{
    /// <summary>The linked, ranked model of a content folder that must have no errors.</summary>
    public static Podium.Model.SiteModel Model(string contentDirectory)
    {
        var run = new SiteBuilder(new BuildOptions(contentDirectory)).Run(PipelineGoal.Model);
        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        return run.Model!;
    }
}
