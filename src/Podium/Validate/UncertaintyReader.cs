using Podium.Diagnostics;
using Podium.Load.Yaml;
using Podium.Model;

namespace Podium.Validate;

/// <summary>
/// Reads a result's <c>uncertainty:</c> (content format version 2): per metric of the result,
/// <c>{std: S, runs: N}</c> or <c>{ci95: [LOW, HIGH]}</c> with an optional <c>runs</c>.
/// </summary>
internal static class UncertaintyReader
{
    private static readonly string[] Keys = ["std", "runs", "ci95"];

    /// <param name="values">The result's metric values that parsed, for the interval check.</param>
    /// <param name="names">Every metric name the result gives a value, parsed or not.</param>
    public static Dictionary<string, Uncertainty>? Read(string path, FieldReader result, DiagnosticBag diagnostics,
        IReadOnlyList<(Located<string> Name, MetricValue Value)> values, IReadOnlyList<Located<string>> names, out bool ok)
    {
        ok = true;
        var mapping = result.Mapping("uncertainty", required: false, "`uncertainty:` with one `Metric: {std: 0.04, runs: 3}` line per metric below it");
        if (mapping is null)
        {
            ok = result.Node("uncertainty") is null;
            return null;
        }
        var read = new Dictionary<string, Uncertainty>(StringComparer.Ordinal);
        foreach (var (key, node) in mapping.Entries)
        {
            if (node is YamlScalar { IsNull: true }) continue; // Empty means left out.
            if (!names.Any(n => n.Value == key.Value))
            {
                diagnostics.Add(path, key.Position, ErrorCodes.UncertaintyWithoutValue,
                    $"uncertainty for metric `{FieldReader.Shorten(key.Value)}`, which this result has no value for",
                    Suggestions.DidYouMean(key.Value, names.Select(n => n.Value)) ?? "give the metric a value under `metrics:`, or remove this line");
                ok = false;
                continue;
            }
            if (node is not YamlMapping entry)
            {
                diagnostics.Add(path, node.Position, ErrorCodes.WrongType, $"the uncertainty of `{FieldReader.Shorten(key.Value)}` must be a mapping, found {node.KindName}",
                    "write `{std: 0.04, runs: 3}` or `{ci95: [88.5, 88.6]}`");
                ok = false;
                continue;
            }
            var value = values.FirstOrDefault(v => v.Name.Value == key.Value).Value;
            var hasValue = values.Any(v => v.Name.Value == key.Value);
            if (ReadOne(path, key.Value, entry, diagnostics, hasValue ? value : null) is { } uncertainty) read[key.Value] = uncertainty;
            else ok = false;
        }
        return read;
    }

    private static Uncertainty? ReadOne(string path, string metric, YamlMapping entry, DiagnosticBag diagnostics, MetricValue? value)
    {
        var fields = new FieldReader(path, entry, diagnostics, "an uncertainty", Keys);
        var hasUnknownKey = entry.Entries.Any(e => Array.IndexOf(Keys, e.Key.Value) < 0);
        var stdNode = fields.Node("std");
        var ciNode = fields.Node("ci95");
        if ((stdNode is null) == (ciNode is null))
        {
            fields.Report(entry.Position, ErrorCodes.StdOrCi95,
                stdNode is null ? $"the uncertainty of `{FieldReader.Shorten(metric)}` gives neither `std` nor `ci95`" : $"the uncertainty of `{FieldReader.Shorten(metric)}` gives both `std` and `ci95`",
                "give one: `{std: 0.04, runs: 3}` (standard deviation over runs) or `{ci95: [LOW, HIGH]}` (95% confidence interval)");
        }

        var std = stdNode is null ? null : Std(fields);
        var runs = Runs(fields, required: stdNode is not null && ciNode is null);
        var ci = ciNode is null ? null : Ci95(fields, value);
        if (fields.HasFieldErrors || hasUnknownKey) return null;
        return new Uncertainty(std, runs, ci);
    }

    private static MetricValue? Std(FieldReader fields)
    {
        if (Number(fields, "std", "`std: 0.04`") is not { } std) return null;
        if (std.Value > 0) return std;
        fields.Report(fields.Node("std")!.Position, ErrorCodes.NonPositiveStd, $"`std` must be greater than 0, found `{std.Text}`",
            "write the standard deviation over the runs; a value without spread has no uncertainty, so leave it out");
        return null;
    }

    private static int? Runs(FieldReader fields, bool required)
    {
        if (fields.Scalar("runs", required: false, "`runs: 3`") is not { } scalar)
        {
            if (required && fields.Node("runs") is null) fields.Report(fields.Position, ErrorCodes.MissingField, "`runs` is required with `std`",
                "add the number of independent runs, e.g. `{std: 0.04, runs: 3}`");
            return null;
        }
        if (scalar.IsPlain && WholeNumber.Parse(scalar.Value) is { } runs and >= 2) return runs;
        fields.Report(scalar.Position, ErrorCodes.InvalidRuns, $"`runs` must be a whole number of at least 2, found {(scalar.IsPlain ? "" : "text ")}`{FieldReader.Shorten(scalar.Value)}`",
            "write the number of independent runs without quotes, e.g. `runs: 3`; one run has no spread to report");
        return null;
    }

    private static (MetricValue Low, MetricValue High)? Ci95(FieldReader fields, MetricValue? value)
    {
        var list = fields.Sequence("ci95", required: false, "`ci95: [88.5, 88.6]`");
        if (list is null) return null;
        if (list.Items.Count != 2 || list.Items.Any(i => i is not YamlScalar { IsNull: false }))
        {
            fields.Report(list.Position, ErrorCodes.WrongType, $"`ci95` must be a list of two numbers, found {list.Items.Count} item{(list.Items.Count == 1 ? "" : "s")}",
                "write `ci95: [LOW, HIGH]`, e.g. `ci95: [88.5, 88.6]`");
            return null;
        }
        var low = Parse(fields, (YamlScalar)list.Items[0], "ci95");
        var high = Parse(fields, (YamlScalar)list.Items[1], "ci95");
        if (low is null || high is null) return null;
        if (low.Value.Value > high.Value.Value)
        {
            fields.Report(list.Position, ErrorCodes.IntervalMismatch, $"`ci95` is reversed: `{low.Value.Text}` is greater than `{high.Value.Text}`",
                $"write the lower bound first: `[{high.Value.Text}, {low.Value.Text}]`");
            return null;
        }
        if (value is { } v && (v.Value < low.Value.Value || v.Value > high.Value.Value))
        {
            fields.Report(list.Position, ErrorCodes.IntervalMismatch, $"`ci95` [{low.Value.Text}, {high.Value.Text}] does not contain the value `{v.Text}`",
                "a confidence interval contains the value it is given for; check both against the source");
            return null;
        }
        return (low.Value, high.Value);
    }

    private static MetricValue? Number(FieldReader fields, string key, string example)
    {
        if (fields.Node(key) is not { } node) return null;
        if (node is not YamlScalar scalar)
        {
            fields.Report(node.Position, ErrorCodes.WrongType, $"`{key}` must be a number, found {node.KindName}", $"write {example}");
            return null;
        }
        return Parse(fields, scalar, key);
    }

    /// <summary>Numbers of an uncertainty follow the rules of metric values, and keep their digits.</summary>
    private static MetricValue? Parse(FieldReader fields, YamlScalar scalar, string key)
    {
        var (parsed, problem, hint) = MetricValueParser.Parse(scalar);
        if (parsed is null) fields.Report(scalar.Position, ErrorCodes.InvalidMetricValue, $"`{key}`: {problem}", hint);
        return parsed;
    }
}
