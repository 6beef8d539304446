using System.Text.RegularExpressions;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;
using static Podium.Import.ModelIndex.ModelIndexYaml;

namespace Podium.Import.ModelIndex;

/// <summary>
/// Reads the <c>model-index</c> of a Hugging Face model card (the YAML front matter of its
/// README.md): <c>[{name, results: [{task: {type, name}, dataset: {type, name}, metrics: [{type,
/// value, name}], source: {name, url}}]}]</c>. Cards name no paper in the index; the card's
/// <c>arxiv:</c> tags (which the Hub adds for arXiv links in the card) or its first arXiv link say
/// which paper the results come from.
/// </summary>
internal static partial class ModelCardReader
{
    [GeneratedRegex(@"https?://arxiv\.org/(abs|pdf)/[^\s)\]>""']+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArxivLink();

    public static List<ModelIndexEntry> Read(string path, string text)
    {
        var name = Path.GetFileName(path);
        var diagnostics = new DiagnosticBag();
        var parts = FrontMatter.Split(name, text.TrimStart('\uFEFF'), required: true, diagnostics)
            ?? throw new ImportException(string.Join("\n", diagnostics.ToSortedList().Select(d => d.ToString())));
        var root = Parse(name, parts.Yaml, parts.YamlLine - 1) as YamlMapping;
        if (root?["model-index"] is not YamlSequence index) throw new ImportException($"{name}: the front matter has no `model-index` list");

        var paper = CardPaper(root, parts.Body);
        var entries = new List<ModelIndexEntry>();
        foreach (var model in index.Items.OfType<YamlMapping>())
        {
            foreach (var result in Items(model["results"]).OfType<YamlMapping>())
            {
                var task = result["task"] as YamlMapping;
                var dataset = result["dataset"] as YamlMapping;
                var metrics = Items(result["metrics"]).OfType<YamlMapping>()
                    .Select(m => (Text(m, "name") ?? Text(m, "type"), Text(m, "value")))
                    .Where(m => m.Item1 is not null).Select(m => (m.Item1!, m.Item2)).ToList();
                var source = result["source"] as YamlMapping;
                // The Hub marks a metric it evaluated again itself `verified: true`; the index gives no
                // date for that, so only a `date` on the metric or the result's source dates it.
                var verified = Items(result["metrics"]).OfType<YamlMapping>()
                    .Where(m => Text(m, "verified") is "true" or "True" && (Text(m, "name") ?? Text(m, "type")) is not null).ToList();
                var verifiedDate = verified.Select(m => Text(m, "date")).FirstOrDefault(d => d is not null) ?? Text(source, "date");
                entries.Add(new ModelIndexEntry(Where(name, result), Text(model, "name"), Text(task, "name") ?? Text(task, "type"),
                    DatasetNames(dataset), metrics, paper,
                    null, null, [], null, null, Text(source, "name"), Text(source, "url"),
                    verified.Select(m => (Text(m, "name") ?? Text(m, "type"))!).ToList(), verifiedDate));
            }
        }
        return entries;
    }

    /// <summary>
    /// The names a card's dataset goes by: its display name, then its Hub id. A configuration
    /// (GLUE's <c>mrpc</c>, <c>sst2</c>…) is a benchmark of its own, so it is added to both
    /// unless the name already says it.
    /// </summary>
    private static List<string> DatasetNames(YamlMapping? dataset)
    {
        var names = new[] { Text(dataset, "name"), Text(dataset, "type") }.OfType<string>().ToList();
        if (Text(dataset, "config") is { } config && NameKeys.Key(config) is { Length: > 0 } key && key != "default")
        {
            names = names.Select(n => NameKeys.Key(n).Contains(key, StringComparison.Ordinal) ? n : $"{n} ({config})").ToList();
        }
        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static ModelIndexPaper? CardPaper(YamlMapping root, string body)
    {
        var tag = Texts(root["tags"]).FirstOrDefault(t => t.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase));
        if (tag is not null) return new ModelIndexPaper(null, "https://arxiv.org/abs/" + tag["arxiv:".Length..].Trim());
        // A link at the end of a sentence is followed by its full stop.
        return ArxivLink().Match(body) is { Success: true } link ? new ModelIndexPaper(null, link.Value.TrimEnd('.', ',', ';', ':')) : null;
    }
}
