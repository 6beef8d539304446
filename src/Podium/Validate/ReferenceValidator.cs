using System.Text;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>
/// Checks the references between files: task parents (and cycles), leaderboard tasks,
/// papers named by datasets, translations and results, result metrics, dates and duplicates.
/// </summary>
internal sealed class ReferenceValidator
{
    private readonly Dictionary<ContentKind, HashSet<string>> _existing;
    private readonly DiagnosticBag _diagnostics;

    public ReferenceValidator(
        IReadOnlyList<TaskDocument> tasks,
        IReadOnlyList<DatasetDocument> datasets,
        IReadOnlyList<PaperDocument> papers,
        ILookup<ContentKind, string> existing,
        DiagnosticBag diagnostics)
    {
        Tasks = tasks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Datasets = datasets.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Papers = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _existing = existing.ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal));
        _diagnostics = diagnostics;
    }

    public Dictionary<string, TaskDocument> Tasks { get; }
    public Dictionary<string, DatasetDocument> Datasets { get; }
    public Dictionary<string, PaperDocument> Papers { get; }

    public void CheckTasks()
    {
        foreach (var task in Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            if (task.Parent is { } parent) Resolve(task.File, parent, ContentKind.Task, Tasks.Keys, ErrorCodes.UnknownTask, "task");
        }

        // Walk up from every task; a walk that returns to a task already on its path is a cycle.
        // Each cycle is reported once, on the task with the smallest id in it.
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var path = new List<string>();
            var current = task;
            while (current is not null && !path.Contains(current.Id))
            {
                path.Add(current.Id);
                current = current.Parent is { } p && Tasks.TryGetValue(p.Value, out var next) ? next : null;
            }
            if (current is null) continue;
            var cycle = path.Skip(path.IndexOf(current.Id)).ToList();
            var first = cycle.Min(StringComparer.Ordinal)!;
            if (!reported.Add(first)) continue;
            var firstTask = Tasks[first];
            var start = cycle.IndexOf(first);
            var loop = cycle.Skip(start).Concat(cycle.Take(start)).Append(first);
            _diagnostics.Add(firstTask.File, firstTask.Parent!.Value.Position, ErrorCodes.TaskCycle,
                $"task parents form a cycle: {string.Join(" → ", loop.Select(id => $"`{id}`"))}", "one task in the cycle must have another parent or none");
        }
    }

    public void CheckDatasets()
    {
        foreach (var dataset in Datasets.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            foreach (var leaderboard in dataset.Leaderboards)
            {
                Resolve(dataset.File, leaderboard.Task, ContentKind.Task, Tasks.Keys, ErrorCodes.UnknownTask, "task");
            }
            if (dataset.IntroducedBy is { } paper) Resolve(dataset.File, paper, ContentKind.Paper, Papers.Keys, ErrorCodes.UnknownPaper, "paper");
        }
    }

    public bool CheckTranslation(TranslationDocument translation)
    {
        if (Papers.ContainsKey(translation.PaperId.Value)) return true;
        if (!Exists(ContentKind.Paper, translation.PaperId.Value))
        {
            _diagnostics.Add(translation.File, translation.PaperId.Position, ErrorCodes.OrphanTranslation,
                $"there is no paper `{translation.PaperId.Value}` for this summary in `{translation.Language}`",
                Suggestions.DidYouMean(translation.PaperId.Value, Candidates(ContentKind.Paper, Papers.Keys)) ?? $"add `papers/{translation.PaperId.Value}.md` or rename this file");
        }
        return false;
    }

    /// <summary>Checks each result's references and returns those that passed, with their dates filled in.</summary>
    public IReadOnlyList<ResultDocument> CheckResults(IEnumerable<ResultDocument> results)
    {
        var valid = new List<ResultDocument>();
        var seen = new Dictionary<string, ResultDocument>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            // The paper and the dataset are checked apart, so an unknown paper does not hide a
            // misspelled metric. A dataset or paper whose file failed its own checks has its
            // errors reported there.
            var paperOk = result.Paper is not { } paperId
                || (Resolve(result.File, paperId, ContentKind.Paper, Papers.Keys, ErrorCodes.UnknownPaper, "paper") && Papers.ContainsKey(paperId.Value));
            if (!Resolve(result.File, result.Dataset, ContentKind.Dataset, Datasets.Keys, ErrorCodes.UnknownDataset, "dataset")) continue;
            if (!Datasets.TryGetValue(result.Dataset.Value, out var dataset)) continue;
            if (FindLeaderboard(result.File, result.Dataset, result.Task, dataset) is not { } leaderboard) continue;
            if (!CheckMetrics(result.File, result.Metrics.Select(m => m.Name), dataset, leaderboard) || !paperOk) continue;

            var date = result.Date ?? (result.Paper is { } p ? Papers[p.Value].Date : result.Source?.Date);
            if (date is null)
            {
                _diagnostics.Add(result.File, result.Position, ErrorCodes.MissingDate, "this result has no date and its source gives none",
                    "add `date: YYYY-MM-DD` to the result or its `source:`");
                continue;
            }

            CheckDates(result, date.Value);

            var key = string.Join('\n', dataset.Id, leaderboard.Task.Value, Fold(result.Model.Value),
                result.Paper?.Value ?? "source:" + Fold(result.Source!.Title));
            if (seen.TryGetValue(key, out var first))
            {
                _diagnostics.Add(result.File, result.Model.Position, ErrorCodes.DuplicateResult,
                    $"model `{FieldReader.Shorten(result.Model.Value)}` of `{result.Paper?.Value ?? result.Source!.Title}` already has a result on leaderboard `{leaderboard.Task.Value}` of `{dataset.Id}` ({first.File}, line {first.Model.Position.Line})",
                    "keep one result, or tell the two apart in the model name");
                continue;
            }
            seen.Add(key, result);
            valid.Add(result with { Task = leaderboard.Task, Date = date });
        }
        return valid;
    }

    /// <summary>A check comes after the result it checks; the result's date may be its paper's, known only here.</summary>
    private void CheckDates(ResultDocument result, DateOnly date)
    {
        foreach (var check in result.Checks ?? [])
        {
            if (check.Value.Date >= date) continue;
            _diagnostics.Add(result.File, check.Position, ErrorCodes.CheckBeforeResult,
                $"the check by `{FieldReader.Shorten(check.Value.By)}` is dated {IsoDate.Format(check.Value.Date)}, before its result ({IsoDate.Format(date)})",
                "a check is dated on or after the result it checks; correct the check's or the result's date");
        }
    }

    /// <summary>
    /// Checks the references of results that failed their own checks, as far as what could be read
    /// of them allows. They are not part of the site, so nothing is returned.
    /// </summary>
    public void CheckIncompleteResults(IEnumerable<IncompleteResult> results)
    {
        foreach (var result in results)
        {
            if (result.Paper is { } paper) Resolve(result.File, paper, ContentKind.Paper, Papers.Keys, ErrorCodes.UnknownPaper, "paper");
            if (result.Dataset is not { } datasetId) continue;
            if (!Resolve(result.File, datasetId, ContentKind.Dataset, Datasets.Keys, ErrorCodes.UnknownDataset, "dataset")) continue;
            // A dataset whose file failed its own checks has its errors reported there.
            if (!Datasets.TryGetValue(datasetId.Value, out var dataset)) continue;
            if (FindLeaderboard(result.File, datasetId, result.Task, dataset) is { } leaderboard)
            {
                CheckMetrics(result.File, result.MetricNames, dataset, leaderboard);
            }
        }
    }

    private LeaderboardDocument? FindLeaderboard(string file, Located<string> datasetId, Located<string>? resultTask, DatasetDocument dataset)
    {
        // Only needed for an error message; built lazily because this runs for every result.
        string Tasks() => string.Join(", ", dataset.Leaderboards.Select(l => $"`{l.Task.Value}`"));
        if (resultTask is not { } task)
        {
            if (dataset.Leaderboards.Count == 1) return dataset.Leaderboards[0];
            _diagnostics.Add(file, datasetId.Position, ErrorCodes.AmbiguousLeaderboard,
                $"dataset `{dataset.Id}` has several leaderboards, and this result does not say which",
                $"add `task:` with one of {Tasks()}");
            return null;
        }
        foreach (var leaderboard in dataset.Leaderboards)
        {
            if (leaderboard.Task.Value == task.Value) return leaderboard;
        }
        _diagnostics.Add(file, task.Position, ErrorCodes.AmbiguousLeaderboard,
            $"dataset `{dataset.Id}` has no leaderboard for task `{task.Value}`",
            Suggestions.DidYouMean(task.Value, dataset.Leaderboards.Select(l => l.Task.Value)) ?? $"its leaderboards are for {Tasks()}");
        return null;
    }

    private bool CheckMetrics(string file, IEnumerable<Located<string>> metricNames, DatasetDocument dataset, LeaderboardDocument leaderboard)
    {
        var ok = true;
        foreach (var name in metricNames)
        {
            if (leaderboard.Metrics.Any(m => m.Name == name.Value)) continue;
            var names = leaderboard.Metrics.Select(m => m.Name).ToList();
            _diagnostics.Add(file, name.Position, ErrorCodes.UnknownMetric,
                $"metric `{FieldReader.Shorten(name.Value)}` is not defined on leaderboard `{leaderboard.Task.Value}` of `{dataset.Id}`",
                Suggestions.DidYouMean(name.Value, names) ?? $"its metrics are {string.Join(", ", names.Select(n => $"`{n}`"))}");
            ok = false;
        }
        return ok;
    }

    /// <summary>
    /// True when <paramref name="reference"/> names an existing id of <paramref name="kind"/>. Ids whose
    /// file exists but failed its own checks count as existing, so their errors are not repeated here.
    /// </summary>
    private bool Resolve<T>(string file, Located<string> reference, ContentKind kind, Dictionary<string, T>.KeyCollection known, string code, string what)
    {
        if (known.Contains(reference.Value) || Exists(kind, reference.Value)) return true;
        var folder = kind switch { ContentKind.Task => "tasks", ContentKind.Dataset => "datasets", _ => "papers" };
        var extension = kind == ContentKind.Paper ? "md" : "yaml";
        _diagnostics.Add(file, reference.Position, code, $"there is no {what} `{reference.Value}`",
            Suggestions.DidYouMean(reference.Value, Candidates(kind, known)) ?? $"add `{folder}/{reference.Value}.{extension}` or use an existing id");
        return false;
    }

    /// <summary>
    /// Ids to suggest for a misspelled reference: every file of the kind, including files that
    /// failed their own checks (the contributor meant that file, and its errors are reported there).
    /// </summary>
    private IEnumerable<string> Candidates(ContentKind kind, IEnumerable<string> known) =>
        _existing.TryGetValue(kind, out var ids) ? ids : known;

    private bool Exists(ContentKind kind, string id) => _existing.TryGetValue(kind, out var ids) && ids.Contains(id);

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormC).ToUpperInvariant();
}
