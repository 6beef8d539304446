namespace Podium.Tests.Support;

/// <summary>The evidence fixture site (tests/fixtures/valid/evidence), built once per test class.</summary>
public sealed class EvidenceSiteFixture : IDisposable
{
    public const string BenchDir = "dataset/bench/classification/";
    public const string PlainDir = "dataset/plain/classification/";

    public BuiltSite Site { get; } = new(Repo.Fixture("valid", "evidence") + "/content");

    public void Dispose() => Site.Dispose();
}
