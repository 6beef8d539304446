using System.Diagnostics;

namespace Podium;

/// <summary>Times the pipeline's stages and tells the progress listener when each starts and ends.</summary>
internal sealed class StageClock(IBuildProgress? progress)
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>
    /// Runs one stage. The input is passed in rather than captured, so that a stage's input can be
    /// collected once the stage is done (a lambda capturing it would keep it alive for the whole build).
    /// </summary>
    public TOut Time<TIn, TOut>(string stage, TIn input, Func<TIn, TOut> run)
    {
        progress?.StageStarted(stage);
        var watch = Stopwatch.StartNew();
        var result = run(input);
        _timings.Add(new StageTiming(stage, watch.Elapsed));
        progress?.StageFinished(stage, watch.Elapsed);
        return result;
    }

    // Threads render and write in turn and the pool may run more threads than cores, so only the
    // shares of the summed thread time mean something, not the sums themselves.
    private static double Share(TimeSpan part, Write.WriteStats stats) => 100 * part / (stats.Rendering + stats.Writing);

    /// <summary>Adds how the Write stage's time split between rendering and writing.</summary>
    public void Detail(string stage, Write.WriteStats stats)
    {
        var i = _timings.FindLastIndex(t => t.Stage == stage);
        if (i < 0 || (stats.Rendering == TimeSpan.Zero && stats.Writing == TimeSpan.Zero)) return;
        _timings[i] = _timings[i] with
        {
            Detail = FormattableString.Invariant($"rendering {Share(stats.Rendering, stats):0}%, comparing and writing {Share(stats.Writing, stats):0}% of its threads' time")
                + (stats.Skipped > 0 ? FormattableString.Invariant($"; {stats.Skipped:N0} of {stats.Total:N0} files skipped by the cache") : ""),
        };
    }
}
