namespace Podium.Tests.Support;

/// <summary>A built site whose one leaderboard has 1,556 rows (<see cref="LongBoardSite"/>), built once per test class.</summary>
public sealed class LongBoardFixture : IDisposable
{
    /// <summary>The rows of a real-size board: the most results one Papers with Code leaderboard had.</summary>
    public const int Rows = 1556;

    private readonly TempDirectory _content = new();

    public LongBoardFixture() => Site = new BuiltSite(LongBoardSite.Write(_content, Rows));

    public BuiltSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        _content.Dispose();
    }
}
