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
}
