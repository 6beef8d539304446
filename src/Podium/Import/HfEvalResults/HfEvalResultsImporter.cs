using System.Globalization;
using Podium.Diff;
using Podium.Import.Dating;

namespace Podium.Import.HfEvalResults;

/// <summary>
/// Converts Hugging Face evaluation-result files into results: each score becomes a result of the
/// model on the benchmark's dataset (one dataset per benchmark task, matched to the content's datasets
/// as <c>import model-index</c> matches them), attributed to the file's source link, with the
/// evaluation framework, the dataset revision and the file's notes in the result's notes. Benchmark
/// declarations (<c>eval.yaml</c>) given with the files name the datasets and their frameworks.
/// Files are imported one after another, each into the content the previous one left.
/// </summary>
public static class HfEvalResultsImporter
{
    /// <summary>The metric name a score is read under: the files give a value without one.</summary>
    public const string ScoreMetric = "Score";

    public static ImportReport Import(IReadOnlyList<string> inputs, string contentDirectory, HfEvalResultsOptions? options = null)
    {
        options ??= new HfEvalResultsOptions();
        var (declarationFiles, resultFiles) = EvalResultsReader.Find(inputs);
        if (resultFiles.Count == 0) throw new ImportException("no evaluation-result files found (`.eval_results/*.yaml` in a model repository, or files given by name)");
        var declarations = declarationFiles.Select(EvalResultsReader.ReadDeclaration)
            .GroupBy(d => d.Dataset, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var today = options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return ImportReport.Combine(resultFiles.Select(f => ImportFile(f, contentDirectory, options, declarations, today)).ToList());
    }

    private static ImportReport ImportFile(string path, string contentDirectory, HfEvalResultsOptions options,
        Dictionary<string, BenchmarkDeclaration> declarations, DateOnly today)
    {
        var entries = EvalResultsReader.ReadResults(path, options.Model);
        var attribution = options.Attribution is { } a ? "; " + ImportText.Line(a) : "";
        var header = $"# Imported from Hugging Face evaluation results ({ImportText.Line(EvalResultsReader.Display(path))}{attribution}) by podium import hf-eval-results";
        var run = new Run(new ImportSet(ExistingContent.Read(contentDirectory)), options, declarations, today);
        foreach (var entry in entries) run.Entry(entry);
        run.Set.PruneUnused();

        // Results with a source go to one file per dataset, named after the model so two models' files do not collide.
        var model = entries.Select(e => e.Model).FirstOrDefault(m => m is not null);
        var suffix = model is not null && Load.ContentIds.Suggest(model) is { Length: > 0 } stem ? (stem.Length > 30 ? stem[..30].TrimEnd('-') : stem) : "hf-eval";
        var files = ContentWriter.Write(run.Set, contentDirectory, header, suffix);
        return ImportReport.Of(entries.Count, run.Set, run.Skipped, run.Notes, files) with { Dating = DatingCount.Of(run.Dated) };
    }

    private sealed class Run(ImportSet set, HfEvalResultsOptions options, Dictionary<string, BenchmarkDeclaration> declarations, DateOnly today)
    {
        public ImportSet Set { get; } = set;
        public List<SkippedRow> Skipped { get; } = [];
        public List<ImportNote> Notes { get; } = [];
        public List<DatedBy> Dated { get; } = [];

        public void Entry(EvalResultEntry entry)
        {
            var label = $"{entry.Where} {entry.Model ?? "(no model)"} / {entry.Dataset ?? "(no dataset)"}{(entry.Task is { } t ? " " + t : "")}";
            if (Convert(entry, label) is { } reason) Skipped.Add(new SkippedRow(label, reason));
        }

        private string? Convert(EvalResultEntry entry, string label)
        {
            if (entry.Model is not { } model) return "no model: the file is not in a model repository's .eval_results folder; pass --model";
            if (model.Length > Load.Limits.MaxLineFieldLength) return $"the model name is longer than {Load.Limits.MaxLineFieldLength} characters";
            if (entry.Dataset is not { } datasetId) return "no `dataset.id`";
            if (entry.Value is null) return "no `value`";
            var declaration = Declaration(datasetId);

            var names = Mapped(DatasetNames(datasetId, entry.Task, declaration).Append(datasetId), options.Datasets) is { } target
                ? new[] { target } : DatasetNames(datasetId, entry.Task, declaration).ToArray();
            var dataset = Set.Dataset(names, declaration?.Description);

            // --task is the task of new leaderboards: an existing dataset with one leaderboard keeps it.
            string taskId;
            if (dataset.Existing && dataset.Leaderboards.Count == 1) taskId = dataset.Leaderboards[0].Task;
            else if (options.Task is { } task) taskId = Set.Task(task, null, null);
            else if (dataset.Leaderboards.Count == 1) taskId = dataset.Leaderboards[0].Task;
            else return dataset.Existing
                ? $"no task, and dataset `{dataset.Id}` has {dataset.Leaderboards.Count} leaderboards to choose from; pass --task"
                : "no task: the files name a benchmark, not a task; pass --task with the task of its leaderboard";
            var board = dataset.Leaderboards.FirstOrDefault(l => l.Task == taskId);
            if (board is null && dataset.Existing)
            {
                return $"dataset `{dataset.Id}` has no leaderboard for task `{taskId}`; add one, or map the benchmark with --dataset, and import again";
            }
            if (board is null)
            {
                board = new ImportedLeaderboard(taskId, []);
                dataset.Leaderboards.Add(board);
            }

            // A score has no metric name: --metric names it; on an existing leaderboard with one metric, it is that one.
            var metric = Mapped([ScoreMetric], options.Metrics)
                ?? (dataset.Existing && board.Metrics.Count == 1 ? board.Metrics[0].Name : ScoreMetric);
            if (!dataset.Existing && NameKeys.Metric(board.Metrics, metric) is null)
            {
                board.Metrics.Add(new ImportedMetric(metric, null, MetricDirection.HigherIsBetter(metric)));
            }
            var problems = new List<string>();
            var metrics = ResultMetrics.Read(board, [(metric, entry.Value)], problems);
            if (metrics.Count == 0) return ResultMetrics.NoneRead(problems);

            ImportDate date;
            DatedBy how;
            if (entry.Date is { } written)
            {
                if (!DateOnly.TryParseExact(written.Length >= 10 ? written[..10] : written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return $"`date` `{written}` is not an ISO-8601 date";
                }
                if (day > today) return $"`date` {written} is in the future";
                (date, how) = (new ImportDate(day, null), DatedBy.Given);
            }
            else if (options.Date is { } fallback) (date, how) = (new ImportDate(fallback, "no date in the file: given with --date; check it"), DatedBy.Undated);
            else return "no `date` (the Hub falls back to the file's commit time, which the file does not carry); pass --date and import again";

            var source = new ImportedSource(entry.SourceName ?? model, entry.SourceUrl, date);
            var reason = Set.Add(new ImportedResult(dataset.Id, taskId, model, metrics, false, null, source, null, label)
            {
                Notes = RowNotes(entry, declaration),
            }, Notes);
            if (reason is not null) return reason;
            Dated.Add(how);
            Notes.AddRange(problems.Select(p => new ImportNote(label, "left out " + p)));
            if (entry.SourceUrl is not null && !Validate.Links.IsAbsoluteHttp(entry.SourceUrl))
            {
                Notes.Add(new ImportNote(label, $"the source link `{entry.SourceUrl}` is not an absolute http(s) link; left out"));
            }
            if (board.Metrics.First(m => m.Name == metrics[0].Name).Unit == "%" && decimal.TryParse(metrics[0].Value, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 1)
            {
                Notes.Add(new ImportNote(label, $"`{metrics[0].Name}` is {metrics[0].Value} on a leaderboard in %; if it is a fraction, write it as {v * 100:0.##}"));
            }
            return null;
        }

        /// <summary>
        /// The benchmark's declaration: by its Hub id (read from the folders holding eval.yaml), else
        /// by the repository part alone when one declaration has it (an eval.yaml downloaded into a
        /// folder named after the dataset only, <c>hle/eval.yaml</c>).
        /// </summary>
        private BenchmarkDeclaration? Declaration(string datasetId)
        {
            if (declarations.TryGetValue(datasetId, out var exact)) return exact;
            var name = RepositoryName(datasetId);
            var same = declarations.Values.Where(d => string.Equals(RepositoryName(d.Dataset), name, StringComparison.OrdinalIgnoreCase)).ToList();
            return same.Count == 1 ? same[0] : null;
        }

        private static string RepositoryName(string id) => id[(id.LastIndexOf('/') + 1)..];

        /// <summary>
        /// The names the benchmark task goes by: its declared name, its Hub id and the id's last part,
        /// each with the task when the benchmark has several (GPQA's <c>gpqa_diamond</c> is a
        /// leaderboard of its own) unless the name already says it or the task is <c>default</c>.
        /// </summary>
        private static IEnumerable<string> DatasetNames(string datasetId, string? task, BenchmarkDeclaration? declaration)
        {
            var names = new[] { declaration?.Name, datasetId, RepositoryName(datasetId) }.OfType<string>().Where(n => n.Length > 0);
            var key = task is null ? "" : NameKeys.Key(task);
            var single = declaration is { Tasks.Count: 1 } && declaration.Tasks[0].Id == task;
            return names.Select(n => key.Length == 0 || key == "default" || single || NameKeys.Key(n).EndsWith(key, StringComparison.Ordinal) ? n : $"{n} ({task})")
                .Distinct(StringComparer.Ordinal);
        }

        /// <summary>What a reader needs to weigh the score: the file's notes, the framework, the dataset revision, config and split.</summary>
        private static string? RowNotes(EvalResultEntry entry, BenchmarkDeclaration? declaration)
        {
            var parts = new List<string>();
            if (entry.Notes is { } notes) parts.Add(MarkdownText.Escape(notes.TrimEnd('.')) + ".");
            if ((entry.Framework ?? declaration?.Framework) is { } framework) parts.Add($"Evaluation framework: {MarkdownText.Escape(framework)}.");
            if (declaration?.Tasks.FirstOrDefault(t => t.Id == entry.Task) is { } task && (task.Config is not null || task.Split is not null))
            {
                parts.Add($"Dataset {string.Join(", ", new[] { task.Config is { } c ? "config " + MarkdownText.Escape(c) : null, task.Split is { } s ? "split " + MarkdownText.Escape(s) : null }.OfType<string>())}.");
            }
            if (entry.Revision is { } revision) parts.Add($"Dataset revision: {MarkdownText.Escape(revision)}.");
            if (entry.Verified) parts.Add("The file carries a verifyToken (not checked by this import).");
            return parts.Count == 0 ? null : string.Join(" ", parts);
        }

        private static string? Mapped(IEnumerable<string> names, IReadOnlyDictionary<string, string>? map) =>
            map is null ? null : names.Select(n => map.FirstOrDefault(m => NameKeys.Key(m.Key) == NameKeys.Key(n)).Value).FirstOrDefault(v => v is not null);
    }
}
