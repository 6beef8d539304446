using System.CommandLine;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate;
using Podium.Validate.Documents;

namespace Podium.Cli.Scaffold;

/// <summary>
/// <c>new paper</c> and <c>new result</c>: write commented skeleton files for a contributor to fill
/// in. Nothing is fetched from the network; only the content folder is read.
/// </summary>
internal static class NewCommand
{
    public static Command Create(Option<string> content)
    {
        var paperId = new Argument<string>("paper-id") { Description = "Id of the paper: the file name without .md, e.g. gpipe-2018" };
        var paper = new Command("paper", "Write content/papers/<paper-id>.md with every field explained") { paperId, content };
        paper.SetAction(parsed => NewPaper(parsed.GetValue(content)!, parsed.GetValue(paperId)!));

        var resultPaper = new Argument<string>("paper-id") { Description = "Id of the paper the results come from" };
        var dataset = new Option<string>("--dataset") { Description = "Id of the dataset the results are on", Required = true };
        var task = new Option<string?>("--task") { Description = "Task of the leaderboard; needed when the dataset has several" };
        var result = new Command("result", "Write or extend content/results/<paper-id>.yaml with a result to fill in")
        {
            resultPaper, dataset, task, content,
        };
        result.SetAction(parsed =>
            NewResult(parsed.GetValue(content)!, parsed.GetValue(resultPaper)!, parsed.GetValue(dataset)!, parsed.GetValue(task)));

        return new Command("new", "Write a skeleton file for a new paper or result") { paper, result };
    }

    private static int NewPaper(string content, string id)
    {
        if (CheckContent(content) is { } error) return error;
        if (CheckId(id, "paper") is { } bad) return bad;
        var path = Path.Combine(content, "papers", id + ".md");
        if (File.Exists(path)) return Fail($"{Show(path)} already exists; edit it instead");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Skeletons.Paper(id));
        Console.WriteLine($"Wrote {Show(path)}: fill in title, authors and date, then run `validate`.");
        return 0;
    }

    private static int NewResult(string content, string paperId, string datasetId, string? taskId)
    {
        if (CheckContent(content) is { } error) return error;
        if ((CheckId(paperId, "paper") ?? CheckId(datasetId, "dataset") ?? (taskId is null ? null : CheckId(taskId, "task"))) is { } bad) return bad;

        var datasetPath = Path.Combine(content, "datasets", datasetId + ".yaml");
        if (!File.Exists(datasetPath))
        {
            var known = Ids(Path.Combine(content, "datasets"), "*.yaml");
            return Fail($"there is no dataset `{datasetId}` ({Show(datasetPath)})" +
                (Suggestions.DidYouMean(datasetId, known) is { } hint ? $"; {hint}" : ""));
        }
        var diagnostics = new DiagnosticBag();
        var display = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(content)))}/datasets/{datasetId}.yaml";
        if (FileChecker.ReadAndCheck(new ContentEntry(Path.GetFullPath(datasetPath), display, ContentKind.Dataset, datasetId, null), diagnostics)
            is not DatasetDocument document)
        {
            foreach (var d in diagnostics.ToSortedList()) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"error: fix {display} first");
            return 1;
        }
        if (ChooseLeaderboard(document, taskId) is not { } leaderboard) return 2;

        var path = Path.Combine(content, "results", paperId + ".yaml");
        if (File.Exists(path))
        {
            var appended = ResultsAppender.Append(File.ReadAllText(path), paperId,
                (indent, namePaper) => Skeletons.Result(namePaper ? paperId : null, document, leaderboard, indent));
            if (appended is null)
            {
                Console.Error.WriteLine($"error: {Show(path)} does not end with a `results:` list written one entry per line; add this entry to it by hand:");
                Console.Write(Skeletons.Result(paperId, document, leaderboard, "  "));
                return 2;
            }
            File.WriteAllText(path, appended);
            Console.WriteLine($"Added a result to {Show(path)}: fill in the model and its metrics, then run `validate`.");
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Skeletons.ResultsFile(paperId, document, leaderboard));
            Console.WriteLine($"Wrote {Show(path)}: fill in the model and its metrics, then run `validate`.");
        }
        if (!File.Exists(Path.Combine(content, "papers", paperId + ".md")))
        {
            Console.Error.WriteLine($"note: there is no paper `{paperId}` yet; write it with `new paper {paperId}`");
        }
        return 0;
    }

    private static LeaderboardDocument? ChooseLeaderboard(DatasetDocument dataset, string? taskId)
    {
        var tasks = dataset.Leaderboards.Select(l => l.Task.Value).ToList();
        if (taskId is null)
        {
            if (dataset.Leaderboards.Count == 1) return dataset.Leaderboards[0];
            Usage($"dataset `{dataset.Id}` has several leaderboards; add --task with one of {string.Join(", ", tasks.Select(t => $"`{t}`"))}");
            return null;
        }
        if (dataset.Leaderboards.FirstOrDefault(l => l.Task.Value == taskId) is { } found) return found;
        Usage($"dataset `{dataset.Id}` has no leaderboard for task `{taskId}`; " +
            (Suggestions.DidYouMean(taskId, tasks) ?? $"its leaderboards are for {string.Join(", ", tasks.Select(t => $"`{t}`"))}"));
        return null;
    }

    private static int? CheckContent(string content) =>
        Directory.Exists(content) ? null : Fail($"content folder `{content}` does not exist; pass --content with the folder that holds site.yaml");

    private static int? CheckId(string id, string what) =>
        ContentIds.IsValid(id) ? null : Fail($"`{id}` is not a valid {what} id; {ContentIds.Explain(id)}");

    private static IEnumerable<string> Ids(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];

    private static string Show(string path) => path.Replace('\\', '/');

    private static int Fail(string message)
    {
        Usage(message);
        return 2;
    }

    private static void Usage(string message) => Console.Error.WriteLine($"error: {message}");
}
