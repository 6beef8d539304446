using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>Checks one <c>datasets/&lt;id&gt;.yaml</c> with its leaderboards and metrics.</summary>
internal static class DatasetReader
{
    public static DatasetDocument? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "a dataset",
            "name", "description", "homepage", "introduced_by", "leaderboards");
        var name = fields.Text("name", required: true);
        var description = fields.Text("description", required: false, maxLength: 20_000);
        var homepage = fields.Link("homepage", required: false);
        var introducedBy = fields.Id("introduced_by", required: false);
        var list = fields.Sequence("leaderboards", required: true, "a list of `- task: …` entries with `metrics:`");
        if (list is { Items.Count: 0 })
        {
            fields.Report(list.Position, ErrorCodes.MissingField, "`leaderboards` needs at least one leaderboard");
        }

        var leaderboards = new List<LeaderboardDocument>();
        var ok = name is not null && list is { Items.Count: > 0 };
        var tasks = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var item in list?.Items ?? [])
        {
            var leaderboard = ReadLeaderboard(file.Path, item, diagnostics);
            if (leaderboard is null)
            {
                ok = false;
                continue;
            }
            if (!tasks.TryAdd(leaderboard.Task.Value, leaderboard.Task.Position))
            {
                diagnostics.Add(file.Path, leaderboard.Task.Position, ErrorCodes.DuplicateLeaderboard,
                    $"dataset `{file.Id}` already has a leaderboard for task `{leaderboard.Task.Value}` (line {tasks[leaderboard.Task.Value].Line})",
                    "merge the two leaderboards into one");
                ok = false;
                continue;
            }
            leaderboards.Add(leaderboard);
        }
        return ok
            ? new DatasetDocument(file.Path, file.Id, name!.Value.Value, description?.Value, homepage?.Value, introducedBy, leaderboards)
            : null;
    }

    private static LeaderboardDocument? ReadLeaderboard(string path, YamlNode item, DiagnosticBag diagnostics)
    {
        if (item is not YamlMapping mapping)
        {
            diagnostics.Add(path, item.Position, ErrorCodes.WrongType, $"a leaderboard must be a mapping, found {item.KindName}",
                "write `- task: …` followed by `metrics:`");
            return null;
        }
        var fields = new FieldReader(path, mapping, diagnostics, "a leaderboard", "task", "metrics", "rank_by");
        var task = fields.Id("task", required: true);
        var list = fields.Sequence("metrics", required: true, "a list of `- name: …` entries");
        var rankBy = fields.Text("rank_by", required: false);
        if (list is { Items.Count: 0 }) fields.Report(list.Position, ErrorCodes.MissingField, "`metrics` needs at least one metric");

        var metrics = new List<MetricDocument>();
        var names = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var ok = task is not null && list is { Items.Count: > 0 };
        foreach (var metricNode in list?.Items ?? [])
        {
            var metric = ReadMetric(path, metricNode, diagnostics, out var namePosition);
            if (metric is null)
            {
                ok = false;
                continue;
            }
            if (!names.TryAdd(metric.Name, namePosition))
            {
                diagnostics.Add(path, namePosition, ErrorCodes.DuplicateMetric,
                    $"metric `{metric.Name}` is defined twice on this leaderboard (first on line {names[metric.Name].Line})", "give each metric its own name");
                ok = false;
                continue;
            }
            metrics.Add(metric);
        }

        if (rankBy is { } r && ok && !names.ContainsKey(r.Value))
        {
            diagnostics.Add(path, r.Position, ErrorCodes.UnknownRankingMetric,
                $"`rank_by` names `{FieldReader.Shorten(r.Value)}`, which is not a metric of this leaderboard",
                Suggestions.DidYouMean(r.Value, names.Keys) ?? $"use one of {string.Join(", ", names.Keys.Select(n => $"`{n}`"))}");
            ok = false;
        }
        return ok ? new LeaderboardDocument(task!.Value, metrics, rankBy?.Value ?? metrics[0].Name) : null;
    }

    private static MetricDocument? ReadMetric(string path, YamlNode node, DiagnosticBag diagnostics, out SourcePosition namePosition)
    {
        namePosition = node.Position;
        if (node is not YamlMapping mapping)
        {
            diagnostics.Add(path, node.Position, ErrorCodes.WrongType, $"a metric must be a mapping, found {node.KindName}",
                "write `- name: Accuracy` with `higher_is_better: true`");
            return null;
        }
        var fields = new FieldReader(path, mapping, diagnostics, "a metric", "name", "unit", "higher_is_better");
        var name = fields.Text("name", required: true, maxLength: 100);
        var unit = fields.Text("unit", required: false, maxLength: 20);
        var higherIsBetter = fields.Bool("higher_is_better", required: true);
        if (name is null || higherIsBetter is null) return null;
        namePosition = name.Value.Position;
        return new MetricDocument(name.Value.Value, unit?.Value, higherIsBetter.Value);
    }
}
