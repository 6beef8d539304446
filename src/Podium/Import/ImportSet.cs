using Podium.Load;

namespace Podium.Import;

public sealed record ImportedTask(string Id, string Name, string? Parent, string? Description);

public sealed record ImportedMetric(string Name, string? Unit, bool HigherIsBetter);

public sealed record ImportedLeaderboard(string Task, List<ImportedMetric> Metrics);

public sealed record ImportedDataset(string Id, string Name, string? Description, List<ImportedLeaderboard> Leaderboards, bool Existing);

public sealed class ImportedPaper(string id, string title, DateOnly date, string? arxiv, string? url, bool existing)
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    public DateOnly Date { get; set; } = date;
    public string? Arxiv { get; set; } = arxiv;
    public string? Url { get; set; } = url;
    public SortedSet<string> Code { get; } = new(StringComparer.Ordinal);
    public bool Existing { get; } = existing;
}

public sealed record ImportedSource(string Title, string? Url, DateOnly Date);

/// <summary>One result to write; <see cref="Row"/> names the archive row in reports.</summary>
public sealed record ImportedResult(
    string Dataset, string Task, string Model, IReadOnlyList<(string Name, string Value)> Metrics, bool ExtraTrainingData,
    ImportedPaper? Paper, ImportedSource? Source, DateOnly Date, string Row)
{
    /// <summary>What makes two results the same row of a leaderboard.</summary>
    public string Key => $"{Dataset}\n{Task}\n{Model}\n{Paper?.Id ?? "source:" + Source!.Title}";
}

/// <summary>
/// Everything an import will write, with ids settled against the content already in the folder:
/// existing tasks, datasets and papers are reused (matched by name, or for papers by arXiv id,
/// link or title), new ones get ids no existing file has.
/// </summary>
public sealed class ImportSet(ExistingContent existing)
{
    private readonly Dictionary<string, ImportedTask> tasksByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ImportedDataset> datasetsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ImportedPaper> papersByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> resultKeys = new(StringComparer.Ordinal);

    public ExistingContent Existing { get; } = existing;
    public List<ImportedTask> NewTasks { get; } = [];
    public List<ImportedDataset> Datasets { get; } = [];
    public List<ImportedPaper> Papers { get; } = [];
    public List<ImportedResult> Results { get; } = [];

    /// <summary>The id of the task with this name, reusing an existing one.</summary>
    public string Task(string name, string? parent, string? description, string fallback = "task")
    {
        if (Existing.TaskIds.TryGetValue(name, out var id)) return id;
        if (tasksByName.TryGetValue(name, out var task)) return task.Id;
        task = new ImportedTask(NewId("task:", name, fallback, Existing.AllTaskIds), name, parent, description);
        tasksByName[name] = task;
        NewTasks.Add(task);
        return task.Id;
    }

    /// <summary>The dataset with this name, an existing one (not to be rewritten) or a new one.</summary>
    public ImportedDataset Dataset(string name, string? description)
    {
        if (datasetsByName.TryGetValue(name, out var dataset)) return dataset;
        dataset = Existing.Datasets.TryGetValue(name, out var old)
            ? old
            : new ImportedDataset(NewId("dataset:", name, "dataset", Existing.AllDatasetIds), name, description, [], false);
        datasetsByName[name] = dataset;
        Datasets.Add(dataset);
        return dataset;
    }

    /// <summary>
    /// The paper with this arXiv id, link or title, merged with earlier mentions: its date is the
    /// earliest given and missing links are filled in.
    /// </summary>
    public ImportedPaper Paper(string title, DateOnly date, string? arxiv, string? url)
    {
        var keys = Keys(arxiv, url, title);
        var paper = keys.Select(k => papersByKey.GetValueOrDefault(k) ?? Existing.Papers.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);
        if (paper is null)
        {
            var stem = PaperIdentity.IdStem(title, date);
            var id = stem;
            for (var n = 2; !usedIds.Add("paper:" + id) || Existing.AllPaperIds.Contains(id); n++) id = $"{stem}-{n}";
            paper = new ImportedPaper(id, title, date, arxiv, url, false);
            Papers.Add(paper);
        }
        else if (!paper.Existing)
        {
            if (date < paper.Date) paper.Date = date;
            paper.Arxiv ??= arxiv;
            paper.Url ??= url;
        }
        foreach (var key in Keys(paper.Arxiv, paper.Url, paper.Title).Concat(keys)) papersByKey.TryAdd(key, paper);
        return paper;
    }

    /// <summary>A paper already known (in the content or this import) by its arXiv id or link.</summary>
    public ImportedPaper? Find(string? arxiv, string? url) =>
        Keys(arxiv, url, null).Select(k => papersByKey.GetValueOrDefault(k) ?? Existing.Papers.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);

    /// <summary>Adds the result unless the import or the content already has it; says why not.</summary>
    public string? Add(ImportedResult result)
    {
        if (Existing.ResultKeys.Contains(result.Key)) return "the content already has this result";
        if (!resultKeys.Add(result.Key)) return "duplicate of an earlier row (same leaderboard, model and paper)";
        Results.Add(result);
        return null;
    }

    public static IEnumerable<string> Keys(string? arxiv, string? url, string? title)
    {
        if (arxiv is not null) yield return "arxiv:" + arxiv;
        if (PaperIdentity.NormaliseUrl(url) is { } u) yield return "url:" + u;
        if (title is not null && PaperIdentity.NormaliseTitle(title) is { Length: > 0 } t) yield return "title:" + t;
    }

    private string NewId(string kind, string name, string fallback, IReadOnlySet<string> taken)
    {
        var stem = ContentIds.Suggest(name);
        if (!ContentIds.IsValid(stem)) stem = fallback;
        if (stem.Length > 76) stem = stem[..76].TrimEnd('-');
        var id = stem;
        for (var n = 2; !ContentIds.IsValid(id) || taken.Contains(id) || !usedIds.Add(kind + id); n++) id = $"{stem}-{n}";
        return id;
    }
}
