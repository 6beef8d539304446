namespace Podium.Tests.Hostile;

/// <summary>
/// The table of hostile inputs, one case per attack or fault, split by theme over the partial files
/// HostileCases.*.cs. Each case starts from <see cref="SiteFiles.Valid"/> and breaks one thing.
/// </summary>
internal static partial class HostileCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, HostileCase>> ByName = new(() =>
    {
        var cases = Yaml().Concat(Sizes()).Concat(Encoding()).Concat(Text()).Concat(MarkdownLinks()).Concat(LinkFields())
            .Concat(MarkdownBombs()).Concat(Ids()).Concat(MetricValues()).Concat(EvidenceFields()).ToList();
        var byName = new SortedDictionary<string, HostileCase>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (!byName.TryAdd(c.Name, c)) throw new InvalidOperationException($"two hostile cases are named `{c.Name}`");
            // xUnit cuts theory arguments longer than 50 characters from the test's display name.
            if (c.Name.Length > 50) throw new InvalidOperationException($"hostile case name `{c.Name}` is longer than 50 characters");
        }
        return byName;
    });

    public static IEnumerable<string> Names => ByName.Value.Keys;

    public static HostileCase Get(string name) => ByName.Value[name];

    private static HostileCase Fails(string name, Action<SiteFiles> inject, params string[] codes) =>
        new(name, inject, Expectation.Diagnostics(codes));

    private static HostileCase Safe(string name, Action<SiteFiles> inject, Action<string>? then = null) =>
        new(name, inject, Expectation.SafeSite, then);

    /// <summary>Replaces the first result's metrics block.</summary>
    private static void FirstMetrics(SiteFiles site, string metricsBlock) =>
        site.Replace(SiteFiles.Results, "      Accuracy: 90.5\n      Params: 12\n", metricsBlock.ReplaceLineEndings("\n") + "\n");

    /// <summary>Text repeated <paramref name="count"/> times.</summary>
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
