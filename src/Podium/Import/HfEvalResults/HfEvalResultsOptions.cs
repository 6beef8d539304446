namespace Podium.Import.HfEvalResults;

/// <summary>What a maintainer can tell <c>import hf-eval-results</c> that the files do not say.</summary>
/// <param name="Task">The task of new leaderboards (the files name benchmarks, not tasks).</param>
/// <param name="Model">The model's name, for files outside a repository's <c>.eval_results</c> folder or to rename it.</param>
/// <param name="Datasets">Benchmark names or Hub ids mapped to a dataset id or name in the content.</param>
/// <param name="Metrics">The metric a score stands for (<c>Score=Accuracy</c>); the files give values without a metric name.</param>
/// <param name="Date">The date for scores whose file gives none (the Hub then uses the commit time, which a file does not carry).</param>
/// <param name="Attribution">Where the files come from and their licence, written into every file.</param>
/// <param name="Today">The day after which a date is in the future (today, UTC, unless a test fixes it).</param>
public sealed record HfEvalResultsOptions(
    string? Task = null, string? Model = null, IReadOnlyDictionary<string, string>? Datasets = null,
    IReadOnlyDictionary<string, string>? Metrics = null, DateOnly? Date = null, string? Attribution = null, DateOnly? Today = null);
