using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Podium.Bench.Corpus;

/// <summary>
/// Writes the plan as a Papers with Code <c>evaluation-tables.json</c> archive, the input of
/// <c>podium import pwc</c>: tasks with their subtasks nested below them, each task's datasets
/// with the rows of that dataset's leaderboard for the task. It has the archive's unevenness:
/// metric values are text ("85.1%" for percentages), about one row in twenty has no
/// <c>paper_date</c>, and about one paper in fifty is linked on arxiv.org rather than on
/// paperswithcode.com. The file is streamed, and the same plan always gives the same bytes.
/// </summary>
internal static class PwcArchiveWriter
{
    /// <summary>Share of rows written without a paper_date, in percent.</summary>
    private const int UndatedPercent = 5;

    /// <summary>Share of papers whose paper_url is their arXiv page, in percent.</summary>
    private const int ArxivUrlPercent = 2;

    /// <summary>Writes the archive; returns the number of rows written.</summary>
    public static int Write(CorpusPlan plan, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);

        // Task names are the archive's identity for a task, so two plan tasks that happen to share
        // a name are told apart by a number, in plan order: "Deep Graph Node (2)".
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in plan.Tasks)
        {
            var count = seen[task.Name] = seen.GetValueOrDefault(task.Name) + 1;
            names[task.Id] = count == 1 ? task.Name : $"{task.Name} ({count})";
        }

        // Paper links: a paperswithcode.com page named after the title (numbered when titles
        // repeat, as the site does), or for a few papers their arXiv page. Decided per paper so
        // every row of a paper links it the same way.
        var choice = new Random(20_240_601);
        var urls = new Dictionary<PaperPlan, string>(ReferenceEqualityComparer.Instance);
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in plan.Papers)
        {
            var slug = CorpusPlan.Slug(paper.Title);
            var repeat = slugs.GetValueOrDefault(slug);
            slugs[slug] = repeat + 1;
            urls[paper] = choice.Next(100) < ArxivUrlPercent ? paper.Url
                : $"https://paperswithcode.com/paper/{slug}{(repeat == 0 ? "" : $"-{repeat}")}";
        }

        var children = plan.Tasks.Where(t => t.Parent is not null).ToLookup(t => t.Parent!, StringComparer.Ordinal);
        var boards = plan.Leaderboards.ToLookup(b => b.Task.Id, StringComparer.Ordinal);
        var byName = Comparer<TaskPlan>.Create((a, b) =>
        {
            var order = string.CompareOrdinal(names[a.Id], names[b.Id]);
            return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
        });

        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        var context = new Context(json, names, children, boards, urls, byName, new Random(20_240_602));
        json.WriteStartArray();
        // A plan without a hierarchy has no parents: every task is at the top.
        foreach (var task in plan.Tasks.Where(t => t.Parent is null).Order(byName)) WriteTask(context, task);
        json.WriteEndArray();
        json.Flush();
        return context.Rows;
    }

    private sealed class Context(
        Utf8JsonWriter json, Dictionary<string, string> names, ILookup<string, TaskPlan> children,
        ILookup<string, LeaderboardPlan> boards, Dictionary<PaperPlan, string> urls, IComparer<TaskPlan> byName, Random random)
    {
        public Utf8JsonWriter Json { get; } = json;
        public Dictionary<string, string> Names { get; } = names;
        public ILookup<string, TaskPlan> Children { get; } = children;
        public ILookup<string, LeaderboardPlan> Boards { get; } = boards;
        public Dictionary<PaperPlan, string> Urls { get; } = urls;
        public IComparer<TaskPlan> ByName { get; } = byName;
        public Random Random { get; } = random;
        public int Rows { get; set; }
    }

    private static void WriteTask(Context context, TaskPlan task)
    {
        var json = context.Json;
        json.WriteStartObject();
        json.WriteString("task", context.Names[task.Id]);
        json.WriteString("description", task.Description);
        json.WriteStartArray("categories");
        json.WriteEndArray();
        json.WriteStartArray("datasets");
        foreach (var board in context.Boards[task.Id].OrderBy(b => b.Dataset.Name, StringComparer.Ordinal).ThenBy(b => b.Dataset.Id, StringComparer.Ordinal))
        {
            WriteDataset(context, board);
        }
        json.WriteEndArray();
        json.WriteStartArray("subtasks");
        foreach (var sub in context.Children[task.Id].Order(context.ByName)) WriteTask(context, sub);
        json.WriteEndArray();
        json.WriteEndObject();
        // Utf8JsonWriter holds everything until flushed: hand it to the file as it grows.
        if (json.BytesPending > 1 << 16) json.Flush();
    }

    private static void WriteDataset(Context context, LeaderboardPlan board)
    {
        var json = context.Json;
        json.WriteStartObject();
        json.WriteString("dataset", board.Dataset.Name);
        json.WriteString("description", "");
        json.WriteStartArray("subdatasets");
        json.WriteEndArray();
        json.WriteStartObject("sota");
        json.WriteStartArray("metrics");
        foreach (var metric in board.Metrics) json.WriteStringValue(metric.Name);
        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var result in board.Results) WriteRow(context, result);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        if (json.BytesPending > 1 << 16) json.Flush();
    }

    private static void WriteRow(Context context, ResultPlan result)
    {
        var json = context.Json;
        var paper = result.Paper;
        context.Rows++;
        json.WriteStartObject();
        json.WriteString("model_name", result.Model);
        json.WriteStartObject("metrics");
        for (var m = 0; m < result.Values.Length; m++)
        {
            // A value the row does not report is left out, as in the archive.
            if (result.Values[m] is not { } value) continue;
            var metric = result.Board.Metrics[m];
            json.WriteString(metric.Name, metric.Unit == "%" ? value + "%" : value);
        }
        json.WriteEndObject();
        json.WriteString("paper_title", paper.Title);
        json.WriteString("paper_url", context.Urls[paper]);
        if (context.Random.Next(100) < UndatedPercent) json.WriteNull("paper_date");
        else json.WriteString("paper_date", paper.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("uses_additional_data", result.ExtraData);
        json.WriteStartArray("code_links");
        foreach (var url in paper.Code)
        {
            json.WriteStartObject();
            json.WriteString("title", "GitHub");
            json.WriteString("url", url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("model_links");
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
