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

/// <summary>The state-of-the-art fixture site (a lower-is-better leaderboard with records, ties and hostile names), built once.</summary>
public sealed class SotaSiteFixture : IDisposable
{
    public const string LeaderboardDir = "dataset/digits/classification/";

    public BuiltSite Site { get; } = new(Repo.Fixture("valid", "sota") + "/content");

    public void Dispose() => Site.Dispose();
}
