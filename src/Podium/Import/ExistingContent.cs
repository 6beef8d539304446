using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate;
using Podium.Validate.Documents;

namespace Podium.Import;

/// <summary>
/// What the content folder already holds, so an import reuses its tasks, datasets and papers and
/// does not repeat its results. Files that do not pass their own checks are left out: the import
/// does not touch them, and `validate` reports them as before.
/// </summary>
public sealed class ExistingContent
{
    /// <summary>Task ids by <see cref="NameKeys.Key"/> of their name and of their id.</summary>
    public Dictionary<string, string> TaskIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AllTaskIds { get; } = new(StringComparer.Ordinal);
    /// <summary>Datasets by <see cref="NameKeys.DatasetKey"/> of their name and of their id.</summary>
    public Dictionary<string, ImportedDataset> Datasets { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AllDatasetIds { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ImportedPaper> Papers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AllPaperIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> ResultKeys { get; } = new(StringComparer.Ordinal);

    public static ExistingContent Read(string contentDirectory)
    {
        var existing = new ExistingContent();
        if (!Directory.Exists(contentDirectory)) return existing;
        // The pipeline's Load stage: every file found and its own checks; references are not needed.
        var pipeline = new SiteBuilder(new BuildOptions(contentDirectory));
        pipeline.Run(PipelineGoal.Load);
        foreach (var e in pipeline.Content.Entries)
        {
            // Ids are taken even when the file is broken: a new file must not collide with it.
            if (e.Kind == ContentKind.Task) existing.AllTaskIds.Add(e.Id);
            if (e.Kind == ContentKind.Dataset) existing.AllDatasetIds.Add(e.Id);
            if (e.Kind is ContentKind.Paper or ContentKind.Translation) existing.AllPaperIds.Add(e.Id);
        }
        var documents = pipeline.Content.Documents;

        foreach (var document in documents)
        {
            switch (document)
            {
                case TaskDocument task:
                    existing.TaskIds.TryAdd(NameKeys.Key(task.Name), task.Id);
                    existing.TaskIds.TryAdd(NameKeys.Key(task.Id), task.Id);
                    break;
                case DatasetDocument dataset:
                    var known = new ImportedDataset(dataset.Id, dataset.Name, dataset.Description,
                        dataset.Leaderboards.Select(l => new ImportedLeaderboard(l.Task.Value,
                            l.Metrics.Select(m => new ImportedMetric(m.Name, m.Unit, m.HigherIsBetter)).ToList())).ToList(), true);
                    existing.Datasets.TryAdd(NameKeys.DatasetKey(dataset.Name), known);
                    existing.Datasets.TryAdd(NameKeys.DatasetKey(dataset.Id), known);
                    break;
                case PaperDocument paper:
                    var imported = new ImportedPaper(paper.Id, paper.Title, new ImportDate(paper.Date, null), paper.Arxiv, paper.Url, true);
                    foreach (var key in ImportSet.Keys(paper.Arxiv, paper.Url, paper.Title)) existing.Papers.TryAdd(key, imported);
                    break;
            }
        }
        var datasetsById = existing.Datasets.Values.DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        foreach (var file in documents.OfType<ResultFileDocument>())
        {
            foreach (var r in file.Results)
            {
                var task = r.Task?.Value ?? (datasetsById.TryGetValue(r.Dataset.Value, out var d) && d.Leaderboards.Count == 1 ? d.Leaderboards[0].Task : "");
                existing.ResultKeys.Add(ImportedResult.ResultKey(r.Dataset.Value, task, r.Model.Value, r.Paper?.Value, r.Source?.Title));
            }
        }
        return existing;
    }
}
