using System.Text;

namespace Podium.Import;

/// <summary>
/// How names from another source are matched to names already in the content. Sources spell the
/// same dataset or metric differently ("Top 1 Accuracy", "Top-1 Accuracy"; "CIFAR10", "CIFAR-10"),
/// so names are compared by their letters and digits only, and a short table joins the spellings
/// that differ in more than punctuation. Anything the table misses can be mapped on the command line.
/// </summary>
public static class NameKeys
{
    /// <summary>Dataset names that mean the same benchmark (the key on the right is the one matched).</summary>
    public static readonly IReadOnlyDictionary<string, string> DatasetAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // ImageNet leaderboards report on the ILSVRC-2012 1,000-class subset, whatever it is called.
        ["imagenet1k"] = "imagenet",
        ["in1k"] = "imagenet",
        ["ilsvrc2012"] = "imagenet",
        ["imagenet2012"] = "imagenet",
    };

    /// <summary>
    /// Metric names that mean the same measurement. A name only maps through its group when the
    /// leaderboard has exactly one metric of that group, so a board with both "Accuracy" and
    /// "Top-1 Accuracy" is never guessed at.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> MetricSynonyms =
    [
        ["accuracy", "acc", "top1accuracy", "top1acc", "top1"],
        ["top5accuracy", "top5acc", "top5"],
        ["params", "parameters", "numberofparams", "numparams", "paramcount"],
    ];

    /// <summary>The name's letters and digits, lower-cased after compatibility normalisation.</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    public static string DatasetKey(string name)
    {
        var key = Key(name);
        return DatasetAliases.GetValueOrDefault(key, key);
    }

    /// <summary>The leaderboard metric a source's metric name stands for, or null.</summary>
    public static ImportedMetric? Metric(IReadOnlyList<ImportedMetric> metrics, string name)
    {
        if (metrics.FirstOrDefault(m => m.Name == name) is { } exact) return exact;
        var key = Key(name);
        var same = metrics.Where(m => Key(m.Name) == key).ToList();
        if (same.Count == 1) return same[0];
        if (MetricSynonyms.FirstOrDefault(g => g.Contains(key, StringComparer.Ordinal)) is not { } group) return null;
        var synonyms = metrics.Where(m => group.Contains(Key(m.Name), StringComparer.Ordinal)).ToList();
        return synonyms.Count == 1 ? synonyms[0] : null;
    }
}
