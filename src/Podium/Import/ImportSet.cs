using Podium.Load;

namespace Podium.Import;

public sealed record ImportedTask(string Id, string Name, string? Parent, string? Description);

/// <param name="DirectionGuessed">True when <paramref name="HigherIsBetter"/> was inferred from the name (the file says so, for checking).</param>
public sealed record ImportedMetric(string Name, string? Unit, bool HigherIsBetter, bool DirectionGuessed = true);

public sealed record ImportedLeaderboard(string Task, List<ImportedMetric> Metrics);

public sealed record ImportedDataset(string Id, string Name, string? Description, List<ImportedLeaderboard> Leaderboards, bool Existing);

public sealed class ImportedPaper(string id, string title, ImportDate date, string? arxiv, string? url, bool existing)
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    public ImportDate Date { get; set; } = date;
    public string? Arxiv { get; set; } = arxiv;
    public string? Url { get; set; } = url;
    public SortedSet<string> Code { get; } = new(StringComparer.Ordinal);
    public bool Existing { get; } = existing;
}

public sealed record ImportedSource(string Title, string? Url, ImportDate Date);

/// <summary>
/// One result to write; <see cref="Row"/> names the source row in reports. <see cref="Date"/> is
/// null when the result takes its paper's date.
/// </summary>
public sealed record ImportedResult(
    string Dataset, string Task, string Model, IReadOnlyList<(string Name, string Value)> Metrics, bool ExtraTrainingData,
    ImportedPaper? Paper, ImportedSource? Source, ImportDate? Date, string Row)
{
    /// <summary>The implementation the result was obtained with, when it is not the paper's own.</summary>
    public string? Code { get; init; }

    /// <summary>Inline Markdown shown with the result.</summary>
    public string? Notes { get; init; }

    /// <summary>Independent checks the source records, oldest first.</summary>
    public IReadOnlyList<ImportedCheck> Checks { get; init; } = [];

    /// <summary>What makes two results the same row of a leaderboard.</summary>
    public string Key => ResultKey(Dataset, Task, Model, Paper?.Id, Source?.Title);

    /// <summary>The key the validator would find duplicates by: names compared after folding (see <see cref="ImportText.Fold"/>).</summary>
    public static string ResultKey(string dataset, string task, string model, string? paper, string? source) =>
        $"{dataset}\n{task}\n{ImportText.Fold(model)}\n{paper ?? "source:" + ImportText.Fold(source!)}";
}

/// <summary>
/// Everything an import will write, with ids settled against the content already in the folder:
/// existing tasks, datasets and papers are reused (matched by name, or for papers by arXiv id,
/// link or title), new ones get ids no existing file has.
/// </summary>
public sealed class ImportSet(ExistingContent existing)
{
    private readonly Dictionary<string, ImportedTask> tasksByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedDataset> datasetsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedPaper> papersByKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImportedResult> resultsByKey = new(StringComparer.Ordinal);

    public ExistingContent Existing { get; } = existing;
    public List<ImportedTask> NewTasks { get; } = [];
    public List<ImportedDataset> Datasets { get; } = [];
    public List<ImportedResult> Results { get; } = [];

    /// <summary>The id of the task with this name (or id), reusing an existing one.</summary>
    public string Task(string name, string? parent, string? description)
    {
        // Names are kept as they will be written, so a second import matches what the first wrote.
        name = ImportText.Line(name);
        var key = NameKeys.Key(name);
        if (Existing.TaskIds.TryGetValue(key, out var id)) return id;
        if (tasksByKey.TryGetValue(key, out var task)) return task.Id;
        task = new ImportedTask(NewId("task:", name, "task", Existing.AllTaskIds), name, parent, description);
        tasksByKey[key] = task;
        NewTasks.Add(task);
        return task.Id;
    }

    /// <summary>
    /// The dataset known by any of these names (or ids), an existing one (not to be rewritten) or
    /// one already created by this import; otherwise a new one named by the first.
    /// </summary>
    public ImportedDataset Dataset(IReadOnlyList<string> names, string? description)
    {
        names = names.Select(n => ImportText.Line(n)).ToList();
        var keys = names.Select(NameKeys.DatasetKey).ToList();
        foreach (var key in keys)
        {
            if (datasetsByKey.TryGetValue(key, out var known)) return known;
            if (Existing.Datasets.TryGetValue(key, out var old)) return Remember(keys, old);
        }
        var name = names[0];
        return Remember(keys, new ImportedDataset(NewId("dataset:", name, "dataset", Existing.AllDatasetIds), name, description, [], false));

        ImportedDataset Remember(List<string> all, ImportedDataset dataset)
        {
            if (!Datasets.Contains(dataset)) Datasets.Add(dataset);
            foreach (var key in all.Append(NameKeys.DatasetKey(dataset.Name)).Append(NameKeys.DatasetKey(dataset.Id))) datasetsByKey.TryAdd(key, dataset);
            return dataset;
        }
    }

    public ImportedDataset Dataset(string name, string? description) => Dataset([name], description);

    /// <summary>
    /// The paper with this arXiv id, link or title, merged with earlier mentions: its date is the
    /// earliest given (a date a source gave beats a worked-out one) and missing links are filled in.
    /// </summary>
    public ImportedPaper Paper(string title, ImportDate date, string? arxiv, string? url)
    {
        title = ImportText.Line(title, ImportText.Title);
        var keys = Keys(arxiv, url, title);
        var paper = keys.Select(k => papersByKey.GetValueOrDefault(k) ?? Existing.Papers.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);
        if (paper is null)
        {
            var stem = PaperIdentity.IdStem(title, date.Value);
            var id = stem;
            for (var n = 2; !usedIds.Add("paper:" + id) || Existing.AllPaperIds.Contains(id); n++) id = $"{stem}-{n}";
            paper = new ImportedPaper(id, title, date, arxiv, url, false);
        }
        else if (!paper.Existing)
        {
            var given = date.Guess is null;
            if (given && paper.Date.Guess is not null || given == (paper.Date.Guess is null) && date.Value < paper.Date.Value) paper.Date = date;
            paper.Arxiv ??= arxiv;
            paper.Url ??= url;
        }
        foreach (var key in Keys(paper.Arxiv, paper.Url, paper.Title).Concat(keys)) papersByKey.TryAdd(key, paper);
        return paper;
    }

    /// <summary>A paper already known (in the content or this import) by its arXiv id, link or title.</summary>
    public ImportedPaper? Find(string? arxiv, string? url, string? title = null) =>
        Keys(arxiv, url, title).Select(k => papersByKey.GetValueOrDefault(k) ?? Existing.Papers.GetValueOrDefault(k)).FirstOrDefault(p => p is not null);

    /// <summary>
    /// Adds the result unless the import or the content already has it; says why not. Archives
    /// list separate submissions under one name (five "Unnamed System" rows with different scores):
    /// a row with the same model and paper as an earlier one but other values is kept, its model
    /// numbered in the order of the source ("Unnamed System (2)"), and <paramref name="notes"/> says so.
    /// </summary>
    public string? Add(ImportedResult result, List<ImportNote>? notes = null)
    {
        result = result with { Model = ImportText.Line(result.Model), Source = result.Source is { } s ? s with { Title = ImportText.Line(s.Title) } : null };
        // The key folds names (normalisation, case): worked out once per row, not per lookup.
        var key = result.Key;
        if (Existing.ResultKeys.Contains(key)) return "the content already has this result";
        if (resultsByKey.TryGetValue(key, out var first))
        {
            if (first.Metrics.SequenceEqual(result.Metrics) && first.Date == result.Date) return "duplicate of an earlier row (same leaderboard, model, paper and values)";
            var model = result.Model;
            if (model.Length > ImportText.Name - 8) return "an earlier row has the same model and paper with other values, and the model name is too long to number";
            for (var n = 2; ; n++)
            {
                var numbered = result with { Model = $"{model} ({n})" };
                key = numbered.Key;
                if (Existing.ResultKeys.Contains(key) || resultsByKey.ContainsKey(key)) continue;
                result = numbered;
                break;
            }
            notes?.Add(new ImportNote(result.Row, $"an earlier row has the same model and paper with other values; this one is named `{result.Model}`"));
        }
        resultsByKey.Add(key, result);
        Results.Add(result);
        return null;
    }

    /// <summary>
    /// Drops new leaderboards no result landed on and new tasks nothing refers to, so an import whose
    /// rows were all skipped leaves no empty pages behind. (The Papers with Code import keeps its
    /// task tree whole instead: that hierarchy is content in itself.)
    /// </summary>
    public void PruneUnused()
    {
        DropEmptyMetrics();
        var boards = Results.Select(r => (r.Dataset, r.Task)).ToHashSet();
        foreach (var dataset in Datasets.Where(d => !d.Existing)) dataset.Leaderboards.RemoveAll(l => !boards.Contains((dataset.Id, l.Task)));
        var used = Results.Select(r => r.Task).Concat(NewTasks.Select(t => t.Parent).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        NewTasks.RemoveAll(t => !used.Contains(t.Id));
    }

    /// <summary>
    /// Drops metrics of new leaderboards with results that none of the results has a value for: an
    /// empty first column would become the ranking metric and leave every row unranked. A new
    /// leaderboard without results keeps the metrics its source declared.
    /// </summary>
    public void DropEmptyMetrics()
    {
        var used = Results.SelectMany(r => r.Metrics.Select(m => (r.Dataset, r.Task, m.Name))).ToHashSet();
        var boards = Results.Select(r => (r.Dataset, r.Task)).ToHashSet();
        foreach (var dataset in Datasets.Where(d => !d.Existing))
        {
            foreach (var board in dataset.Leaderboards.Where(b => boards.Contains((dataset.Id, b.Task))))
            {
                board.Metrics.RemoveAll(m => !used.Contains((dataset.Id, board.Task, m.Name)));
            }
        }
    }

    public static IEnumerable<string> Keys(string? arxiv, string? url, string? title)
    {
        // "2101.00001v2" is the same paper as "2101.00001".
        if (arxiv is not null) yield return "arxiv:" + PaperIdentity.WithoutVersion(arxiv);
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
