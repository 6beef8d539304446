using Podium.Diagnostics;
using Podium.Load.Yaml;
using Podium.Model;

namespace Podium.Validate;

/// <summary>
/// Reads a result's <c>checks:</c> (content format version 2): who reproduced, re-evaluated or
/// source-checked it, when, where it is recorded and what they measured. That a check is not
/// dated before its result is checked later, once the result's date (maybe its paper's) is known.
/// </summary>
internal static class CheckReader
{
    private static readonly string[] Keys = ["kind", "by", "date", "url", "metrics"];

    /// <param name="names">Every metric name the result gives a value: a check measures only those.</param>
    public static List<Located<Check>>? Read(string path, FieldReader result, DiagnosticBag diagnostics, IReadOnlyList<Located<string>> names, out bool ok)
    {
        ok = true;
        var list = result.Sequence("checks", required: false, "`checks:` with `- kind: reproduced` entries below it");
        if (list is null)
        {
            ok = result.Node("checks") is null;
            return null;
        }
        var checks = new List<Located<Check>>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Add(path, item.Position, ErrorCodes.WrongType, $"a check must be a mapping, found {item.KindName}",
                    "write `- kind: reproduced` followed by `by:`, `date:` and `url:`");
                ok = false;
                continue;
            }
            if (ReadOne(path, mapping, diagnostics, names) is { } check) checks.Add(check);
            else ok = false;
        }
        return checks;
    }

    private static Located<Check>? ReadOne(string path, YamlMapping mapping, DiagnosticBag diagnostics, IReadOnlyList<Located<string>> names)
    {
        var fields = new FieldReader(path, mapping, diagnostics, "a check", Keys);
        var hasUnknownKey = mapping.Entries.Any(e => Array.IndexOf(Keys, e.Key.Value) < 0);
        var kind = Kind(fields);
        var by = fields.Text("by", required: true);
        var date = fields.Date("date", required: true);
        var url = fields.Link("url", required: false);
        if (kind is CheckKind.Reproduced or CheckKind.ReEvaluated && url is null && fields.Node("url") is null)
        {
            fields.Report(mapping.Position, ErrorCodes.CheckWithoutUrl, $"a `{CheckKinds.Name(kind.Value)}` check needs a `url`",
                "link where the run is recorded (an issue, a log, an evaluation output), e.g. `url: https://github.com/…/issues/1`");
        }
        var metrics = Metrics(path, fields, diagnostics, names);
        if (fields.HasFieldErrors || hasUnknownKey || kind is null || by is null || date is null || metrics is null) return null;
        return new Located<Check>(new Check(kind.Value, by.Value.Value, date.Value.Value, url?.Value, metrics), date.Value.Position);
    }

    private static CheckKind? Kind(FieldReader fields)
    {
        if (fields.Scalar("kind", required: true, "`kind: reproduced`") is not { } scalar) return null;
        if (CheckKinds.Parse(scalar.Value.Trim()) is { } kind) return kind;
        fields.Report(scalar.Position, ErrorCodes.UnknownCheckKind, $"`{FieldReader.Shorten(scalar.Value)}` is not a kind of check",
            Suggestions.DidYouMean(scalar.Value, CheckKinds.Names) ?? "write `reproduced` (trained and evaluated again), `re-evaluated` (published weights evaluated again) or `source-checked` (numbers confirmed in the cited table or figure)");
        return null;
    }

    private static List<KeyValuePair<string, MetricValue>>? Metrics(string path, FieldReader fields, DiagnosticBag diagnostics, IReadOnlyList<Located<string>> names)
    {
        var metrics = new List<KeyValuePair<string, MetricValue>>();
        var mapping = fields.Mapping("metrics", required: false, "`metrics:` with one `Name: value` line per metric the check measured");
        if (mapping is null) return fields.Node("metrics") is null ? metrics : null;
        var ok = true;
        foreach (var (key, node) in mapping.Entries)
        {
            if (node is YamlScalar { IsNull: true }) continue; // Empty means left out.
            if (!names.Any(n => n.Value == key.Value))
            {
                diagnostics.Add(path, key.Position, ErrorCodes.UnknownCheckMetric,
                    $"the check measures `{FieldReader.Shorten(key.Value)}`, which this result has no value for",
                    Suggestions.DidYouMean(key.Value, names.Select(n => n.Value)) ?? "a check measures metrics of the result it checks; remove this line");
                ok = false;
                continue;
            }
            if (MetricValueParser.Read(path, key, node, diagnostics) is not { } parsed)
            {
                ok = false;
                continue;
            }
            metrics.Add(new(key.Value, parsed));
        }
        return ok ? metrics : null;
    }
}
