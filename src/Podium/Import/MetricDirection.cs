namespace Podium.Import;

/// <summary>
/// Guesses whether lower is better from a metric's name, because the archives do not say. The
/// guess is written into the dataset file with a comment, for a maintainer to correct.
/// </summary>
public static class MetricDirection
{
    /// <summary>Words (matched as whole words of the name) of metrics where lower is better.</summary>
    public static readonly IReadOnlyList<string> LowerIsBetterWords =
    [
        "error", "errors", "err", "loss", "perplexity", "ppl", "wer", "cer", "fid", "mae", "mse", "rmse", "eer",
        "time", "latency", "params", "parameters", "flops", "bpc", "bpd", "nll", "distance",
    ];

    /// <summary>Phrases (matched anywhere in the lower-cased name) of metrics where lower is better.</summary>
    public static readonly IReadOnlyList<string> LowerIsBetterPhrases = ["bits per", "bits/"];

    public static bool HigherIsBetter(string metricName)
    {
        var lower = metricName.ToLowerInvariant();
        if (LowerIsBetterPhrases.Any(p => lower.Contains(p, StringComparison.Ordinal))) return false;
        var words = lower.Split(lower.Where(c => !char.IsAsciiLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries);
        return !words.Any(w => LowerIsBetterWords.Contains(w, StringComparer.Ordinal));
    }
}
