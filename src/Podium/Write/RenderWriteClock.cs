using System.Diagnostics;

namespace Podium.Write;

/// <summary>
/// Splits the Write stage's time between rendering files and putting them on disk. The two run
/// interleaved on every thread, so wall time cannot tell them apart; this sums each over threads.
/// </summary>
internal sealed class RenderWriteClock
{
    private long _rendering;
    private long _writing;

    public TimeSpan Rendering => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _rendering));
    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writing));

    public long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="since"/> to rendering; returns now.</summary>
    public long Rendered(long since) => Add(ref _rendering, since);

    /// <summary>Adds the time since <paramref name="since"/> to writing; returns now.</summary>
    public long Written(long since) => Add(ref _writing, since);

    private static long Add(ref long total, long since)
    {
        var now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref total, now - since);
        return now;
    }
}
