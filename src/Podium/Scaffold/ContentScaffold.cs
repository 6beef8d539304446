using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate;
using Podium.Validate.Documents;

namespace Podium.Scaffold;

/// <summary>What <see cref="ContentScaffold"/> did: the file written, or why not, with the exit code the CLI returns.</summary>
/// <param name="Message">The line to show: what was written and what to do next, or the error.</param>
/// <param name="Diagnostics">Problems of a file that must be fixed first (the dataset).</param>
/// <param name="Fallback">Text to add by hand when the file could not be edited safely.</param>
/// <param name="Note">A reminder that is not an error (the paper does not exist yet).</param>
public sealed record ScaffoldResult(int ExitCode, string Message, IReadOnlyList<Diagnostic> Diagnostics, string? Fallback = null, string? Note = null)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>
/// <c>new paper</c> and <c>new result</c>: commented skeleton files for a contributor to fill in
/// (<see cref="ContentSkeletons"/>). Only the content folder is read; existing papers are never
/// overwritten and an existing results file gets the entry appended as text.
/// </summary>
public static class ContentScaffold
{
    public static ScaffoldResult NewPaper(string content, string id)
    {
        if ((CheckContent(content) ?? CheckId(id, "paper")) is { } error) return error;
        var path = Path.Combine(content, "papers", id + ".md");
        if (File.Exists(path)) return Usage($"{Show(path)} already exists; edit it instead");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ContentSkeletons.Paper(id));
        return new ScaffoldResult(0, $"Wrote {Show(path)}: fill in title, authors and date, then run `validate`.", []);
    }

    public static ScaffoldResult NewResult(string content, string paperId, string datasetId, string? taskId)
    {
        if ((CheckContent(content) ?? CheckId(paperId, "paper") ?? CheckId(datasetId, "dataset") ?? (taskId is null ? null : CheckId(taskId, "task"))) is { } error) return error;

        var datasetPath = Path.Combine(content, "datasets", datasetId + ".yaml");
        if (!File.Exists(datasetPath))
        {
            var known = Ids(Path.Combine(content, "datasets"), "*.yaml");
            return Usage($"there is no dataset `{datasetId}` ({Show(datasetPath)})" +
                (Suggestions.DidYouMean(datasetId, known) is { } hint ? $"; {hint}" : ""));
        }
        var diagnostics = new DiagnosticBag();
        var display = $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(content)))}/datasets/{datasetId}.yaml";
        if (FileChecker.ReadAndCheck(new ContentEntry(Path.GetFullPath(datasetPath), display, ContentKind.Dataset, datasetId, null), diagnostics)
            is not DatasetDocument dataset)
        {
            return new ScaffoldResult(1, $"fix {display} first", diagnostics.ToSortedList());
        }
        var (leaderboard, problem) = ChooseLeaderboard(dataset, taskId);
        if (leaderboard is null) return Usage(problem!);

        var note = File.Exists(Path.Combine(content, "papers", paperId + ".md")) ? null : $"there is no paper `{paperId}` yet; write it with `new paper {paperId}`";
        var path = Path.Combine(content, "results", paperId + ".yaml");
        if (File.Exists(path))
        {
            var appended = ResultsAppender.Append(File.ReadAllText(path), paperId,
                (indent, namePaper) => ContentSkeletons.Result(namePaper ? paperId : null, dataset, leaderboard, indent));
            if (appended is null)
            {
                return new ScaffoldResult(2, $"{Show(path)} does not end with a `results:` list written one entry per line; add this entry to it by hand:", [],
                    Fallback: ContentSkeletons.Result(paperId, dataset, leaderboard, "  "));
            }
            File.WriteAllText(path, appended);
            return new ScaffoldResult(0, $"Added a result to {Show(path)}: fill in the model and its metrics, then run `validate`.", [], Note: note);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ContentSkeletons.ResultsFile(paperId, dataset, leaderboard));
        return new ScaffoldResult(0, $"Wrote {Show(path)}: fill in the model and its metrics, then run `validate`.", [], Note: note);
    }

    private static (LeaderboardDocument? Leaderboard, string? Problem) ChooseLeaderboard(DatasetDocument dataset, string? taskId)
    {
        var tasks = dataset.Leaderboards.Select(l => l.Task.Value).ToList();
        if (taskId is null)
        {
            return dataset.Leaderboards.Count == 1
                ? (dataset.Leaderboards[0], null)
                : (null, $"dataset `{dataset.Id}` has several leaderboards; add --task with one of {string.Join(", ", tasks.Select(t => $"`{t}`"))}");
        }
        if (dataset.Leaderboards.FirstOrDefault(l => l.Task.Value == taskId) is { } found) return (found, null);
        return (null, $"dataset `{dataset.Id}` has no leaderboard for task `{taskId}`; " +
            (Suggestions.DidYouMean(taskId, tasks) ?? $"its leaderboards are for {string.Join(", ", tasks.Select(t => $"`{t}`"))}"));
    }

    private static ScaffoldResult? CheckContent(string content) =>
        Directory.Exists(content) ? null : Usage($"content folder `{content}` does not exist; pass --content with the folder that holds site.yaml");

    private static ScaffoldResult? CheckId(string id, string what) =>
        ContentIds.IsValid(id) ? null : Usage($"`{id}` is not a valid {what} id; {ContentIds.Explain(id)}");

    private static IEnumerable<string> Ids(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern).Select(Path.GetFileNameWithoutExtension).OfType<string>() : [];

    private static string Show(string path) => path.Replace('\\', '/');

    private static ScaffoldResult Usage(string message) => new(2, message, []);
}
