namespace Podium.Tests.Support;

/// <summary>The repository's sample site, built once per test run for every test that reads it (<see cref="BuiltSite.Shared"/>).</summary>
public sealed class SampleSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = BuiltSite.Shared(Repo.Content);

    /// <summary>Nothing to do: the shared site outlives every class that reads it.</summary>
    public void Dispose()
    {
    }
}

/// <summary>The ranking fixture site (ties, lower-is-better, hostile text), built once per test run.</summary>
public sealed class RankingSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = BuiltSite.Shared(Repo.Fixture("valid", "ranking") + "/content");

    public void Dispose()
    {
    }
}

/// <summary>The state-of-the-art fixture site (a lower-is-better leaderboard with records, ties and hostile names), built once per test run.</summary>
public sealed class SotaSiteFixture : IDisposable
{
    public const string LeaderboardDir = "dataset/digits/classification/";

    public BuiltSite Site { get; } = BuiltSite.Shared(Repo.Fixture("valid", "sota") + "/content");

    public void Dispose()
    {
    }
}
