using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;
using Podium.Model;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>
/// Checks one <c>results/&lt;name&gt;.yaml</c>: the file's default paper or source and each result.
/// References to datasets, tasks, metrics and papers are checked later, once every file is read,
/// for every result: one that fails its own checks still has its references checked.
/// </summary>
internal static class ResultFileReader
{
    private static readonly string[] ResultKeys =
        ["dataset", "task", "model", "metrics", "extra_training_data", "paper", "source", "date", "code", "notes",
            "evidence", "uncertainty", "checks"];

    public static ResultFileDocument? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "a results file", "paper", "source", "results");
        var origin = ReadOrigin(file.Path, fields, diagnostics, out var originOk);
        var list = fields.Sequence("results", required: true, "a list of `- dataset: …` entries");
        if (list is { Items.Count: 0 }) fields.Report(list.Position, ErrorCodes.MissingField, "`results` needs at least one result");

        var results = new List<ResultDocument>();
        var incomplete = new List<IncompleteResult>();
        foreach (var item in list?.Items ?? [])
        {
            var (result, partial) = ReadResult(file.Path, item, origin, originOk, diagnostics);
            if (result is not null) results.Add(result);
            if (partial is not null) incomplete.Add(partial);
        }
        return new ResultFileDocument(file.Path, results, incomplete);
    }

    /// <summary>A result's paper or source as given in the file or the result itself.</summary>
    private readonly record struct Origin(Located<string>? Paper, SourceDocument? Source);

    private static Origin ReadOrigin(string path, FieldReader fields, DiagnosticBag diagnostics, out bool ok)
    {
        var paper = fields.Id("paper", required: false);
        var sourceMapping = fields.Mapping("source", required: false, "`source:` with `title:`, `url:` and `date:` below it");
        var source = sourceMapping is null ? null : ReadSource(path, sourceMapping, diagnostics);
        ok = (fields.Node("paper") is null || paper is not null) && (sourceMapping is null || source is not null);
        if (paper is { } p && sourceMapping is not null)
        {
            fields.Report(p.Position, ErrorCodes.PaperAndSource, "both `paper` and `source` are given",
                "a result comes from a paper (`paper:`) or, when there is none, from a source (`source:`); keep one");
            ok = false;
        }
        return new Origin(paper, source);
    }

    private static SourceDocument? ReadSource(string path, YamlMapping mapping, DiagnosticBag diagnostics)
    {
        var fields = new FieldReader(path, mapping, diagnostics, "a source", "title", "url", "date");
        var title = fields.Text("title", required: true);
        var url = fields.Link("url", required: false);
        var date = fields.Date("date", required: false);
        return fields.HasFieldErrors || title is null ? null : new SourceDocument(title.Value.Value, url?.Value, date?.Value);
    }

    /// <summary>The result when every field passed; otherwise what could be read of it, for the reference checks.</summary>
    private static (ResultDocument? Result, IncompleteResult? Incomplete) ReadResult(
        string path, YamlNode item, Origin fileOrigin, bool fileOriginOk, DiagnosticBag diagnostics)
    {
        if (item is not YamlMapping mapping)
        {
            diagnostics.Add(path, item.Position, ErrorCodes.WrongType, $"a result must be a mapping, found {item.KindName}",
                "write `- dataset: …` followed by `model:` and `metrics:`");
            return (null, null);
        }
        var fields = new FieldReader(path, mapping, diagnostics, "a result", ResultKeys);
        var dataset = fields.Id("dataset", required: true);
        var task = fields.Id("task", required: false);
        var model = fields.Text("model", required: true);
        var metrics = ReadMetrics(path, fields, diagnostics, out var metricsOk, out var metricNames);
        var extra = fields.Bool("extra_training_data", required: false);
        var date = fields.Date("date", required: false);
        var code = fields.Link("code", required: false);
        var notes = fields.Text("notes", required: false, maxLength: 2000);
        var own = ReadOrigin(path, fields, diagnostics, out var ownOk);
        var evidence = EvidenceReader.Read(path, fields, diagnostics, out var evidenceOk);
        var uncertainty = UncertaintyReader.Read(path, fields, diagnostics, metrics, metricNames, out var uncertaintyOk);
        var checks = CheckReader.Read(path, fields, diagnostics, metricNames, out var checksOk);

        // The result's own paper or source replaces the file's default.
        var origin = own.Paper is not null || own.Source is not null ? own : fileOrigin;
        var originOk = ownOk && (own.Paper is not null || own.Source is not null || fileOriginOk);
        if (originOk && origin.Paper is null && origin.Source is null)
        {
            fields.Report(mapping.Position, ErrorCodes.MissingPaperOrSource, "this result names neither a paper nor a source",
                "add `paper: <paper-id>` to the result or the top of the file, or a `source:` with a title");
            originOk = false;
        }

        if (fields.HasFieldErrors || dataset is null || model is null || !metricsOk || !originOk || !evidenceOk || !uncertaintyOk || !checksOk)
        {
            return (null, new IncompleteResult(path, dataset, task, metricNames, origin.Paper));
        }

        return (new ResultDocument(path, mapping.Position, dataset.Value, task, model.Value, metrics, extra ?? false,
            origin.Paper, origin.Source, date?.Value, code?.Value, notes?.Value, evidence, uncertainty, checks), null);
    }

    /// <param name="names">Every metric name with a value, good or bad, at its key, for the reference checks.</param>
    private static List<(Located<string> Name, MetricValue Value)> ReadMetrics(
        string path, FieldReader fields, DiagnosticBag diagnostics, out bool ok, out List<Located<string>> names)
    {
        var metrics = new List<(Located<string>, MetricValue)>();
        names = [];
        ok = true;
        var mapping = fields.Mapping("metrics", required: true, "`metrics:` with one `Name: value` line per metric below it");
        if (mapping is null)
        {
            ok = false;
            return metrics;
        }
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is YamlScalar { IsNull: true }) continue; // Empty means left out.
            names.Add(new Located<string>(key.Value, key.Position));
            if (MetricValueParser.Read(path, key, value, diagnostics) is not { } parsed)
            {
                ok = false;
                continue;
            }
            // The name is positioned at its key: a misspelled name is fixed there, not at the number.
            metrics.Add((new Located<string>(key.Value, key.Position), parsed));
        }
        if (ok && metrics.Count == 0)
        {
            diagnostics.Add(path, mapping.Position, ErrorCodes.MissingField, "`metrics` needs at least one value",
                "write `Accuracy: 99.0` below `metrics:`");
            ok = false;
        }
        return metrics;
    }
}
