namespace Podium.Diagnostics;

/// <summary>"Did you mean" suggestions for misspelled keys, ids and metric names.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="input"/>, if it is close enough to be a likely typo.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToUpperInvariant(), candidate.ToUpperInvariant());
            // Ordinal tie-break keeps the suggestion stable whatever the candidates' order.
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(2, input.Length / 3);
        return best is not null && bestDistance <= allowed ? best : null;
    }

    /// <summary>The hint text for <see cref="Closest"/>, or null.</summary>
    public static string? DidYouMean(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates) is { } match ? $"did you mean `{match}`?" : null;

    /// <summary>Optimal string alignment distance: Levenshtein plus transpositions, the commonest typo.</summary>
    internal static int Distance(string a, string b)
    {
        if (a.Length > 200 || b.Length > 200) return int.MaxValue;
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
