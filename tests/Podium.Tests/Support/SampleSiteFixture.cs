namespace Podium.Tests.Support;

/// <summary>The repository's sample site, built once for every test that reads it.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(Repo.Content);

    public void Dispose() => Site.Dispose();
}

/// <summary>The ranking fixture site (ties, lower-is-better, hostile text), built once.</summary>
public sealed class RankingSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new(Repo.Fixture("valid", "ranking") + "/content");

    public void Dispose() => Site.Dispose();
}
