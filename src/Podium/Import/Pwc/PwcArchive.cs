using System.Text.Json;

namespace Podium.Import.Pwc;

public sealed record PwcRow(
    string? ModelName, IReadOnlyList<(string Name, string? Value)> Metrics, string? PaperTitle, string? PaperUrl, string? PaperDate,
    IReadOnlyList<string> CodeLinks, bool UsesAdditionalData);

public sealed record PwcDataset(string Name, string? Description, IReadOnlyList<string> Metrics, IReadOnlyList<PwcRow> Rows, IReadOnlyList<PwcDataset> Subdatasets);

public sealed record PwcTask(string Name, string? Description, IReadOnlyList<PwcDataset> Datasets, IReadOnlyList<PwcTask> Subtasks);

/// <summary>
/// Reads a Papers with Code <c>evaluation-tables.json</c> (or a part of it). Reading is lenient
/// about what is missing (the archive is uneven) but strict about shape: a task must have a name.
/// Comments and trailing commas are allowed because the format's own example has them.
/// </summary>
public static class PwcArchive
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 };

    public static IReadOnlyList<PwcTask> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, Options);
            var root = document.RootElement;
            // The full archive is a list of tasks; a single task object is accepted too.
            return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select(Task).ToList() : [Task(root)];
        }
        catch (JsonException ex)
        {
            throw new ImportException($"{path} is not valid JSON: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            throw new ImportException($"{path} is not in the evaluation-tables format: {ex.Message}");
        }
    }

    private static PwcTask Task(JsonElement e) => new(
        Text(e, "task") ?? throw new InvalidOperationException("a task has no `task` name"),
        Text(e, "description"),
        Items(e, "datasets").Select(Dataset).ToList(),
        Items(e, "subtasks").Select(Task).ToList());

    private static PwcDataset Dataset(JsonElement e)
    {
        var sota = e.TryGetProperty("sota", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var hasSota = sota.ValueKind == JsonValueKind.Object;
        return new PwcDataset(
            // Subdatasets name themselves with `subdataset` in the format's example, `dataset` in the archive.
            Text(e, "dataset") ?? Text(e, "subdataset") ?? throw new InvalidOperationException("a dataset has no `dataset` name"),
            Text(e, "description"),
            hasSota ? Items(sota, "metrics").Select(m => Scalar(m)).OfType<string>().ToList() : [],
            hasSota ? Items(sota, "rows").Select(Row).ToList() : [],
            Items(e, "subdatasets").Select(Dataset).ToList());
    }

    private static PwcRow Row(JsonElement e)
    {
        var metrics = e.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object
            ? m.EnumerateObject().Select(p => (p.Name.Trim(), Scalar(p.Value))).ToList()
            : [];
        return new PwcRow(Text(e, "model_name"), metrics, Text(e, "paper_title"), Text(e, "paper_url"), Text(e, "paper_date"),
            Items(e, "code_links").Select(c => c.ValueKind == JsonValueKind.Object ? Text(c, "url") : null).OfType<string>().ToList(),
            e.TryGetProperty("uses_additional_data", out var extra) && extra.ValueKind == JsonValueKind.True);
    }

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Scalar(v) : null;

    /// <summary>Strings as they are, numbers as written in the JSON; empty text counts as missing.</summary>
    private static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null,
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    };
}
