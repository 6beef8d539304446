using System.Globalization;
using System.Text.RegularExpressions;
using Podium.Diff;
using Podium.Validate;

namespace Podium.Import.ModelIndex;

/// <summary>
/// What a maintainer can tell the import that the files do not say.
/// </summary>
/// <param name="Datasets">Dataset names in the files mapped to a dataset id or name in the content.</param>
/// <param name="Metrics">Metric names in the files mapped to a leaderboard metric name.</param>
/// <param name="Date">The date for results whose paper is not in the content and has no arXiv id.</param>
/// <param name="Attribution">Where the files come from and their licence, written into every file.</param>
public sealed record ModelIndexOptions(
    IReadOnlyDictionary<string, string>? Datasets = null, IReadOnlyDictionary<string, string>? Metrics = null,
    DateOnly? Date = null, string? Attribution = null);

/// <summary>
/// Converts model-index metadata (metafiles and model cards) into results for the content's
/// datasets, creating datasets, tasks and papers it does not have. Files are imported one after
/// another, each into the content as the one before left it, so every written file names the one
/// file it came from. Parameter and FLOP counts from a model's metadata fill the leaderboard's
/// Params and FLOPs metrics when it has them, in the metric's unit, rounded to two decimals.
/// </summary>
public static partial class ModelIndexImporter
{
    [GeneratedRegex(@"[_-](?<day>(19|20)[0-9]{6})[-_.]", RegexOptions.CultureInvariant)]
    private static partial Regex WeightsStamp();

    public const string ResultsSuffix = "model-index";

    public static ImportReport Import(IReadOnlyList<string> paths, string contentDirectory, ModelIndexOptions? options = null) =>
        ImportReport.Combine(paths.Select(p => ImportFile(p, contentDirectory, options ?? new ModelIndexOptions())).ToList());

    public static IReadOnlyList<ModelIndexEntry> Read(string path)
    {
        static string ReadText(string p) => File.ReadAllText(p).ReplaceLineEndings("\n");
        var text = ReadText(path);
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            ? ModelCardReader.Read(path, text)
            : MetafileReader.Read(path, ModelIndexYaml.Parse(Path.GetFileName(path), text), ReadText);
    }

    private static ImportReport ImportFile(string path, string contentDirectory, ModelIndexOptions options)
    {
        var entries = Read(path);
        var attribution = options.Attribution is { } a ? "; " + ImportText.Line(a) : "";
        var header = $"# Imported from model-index metadata ({ImportText.Line(Path.GetFileName(path))}{attribution}) by podium import model-index";
        var run = new Run(new ImportSet(ExistingContent.Read(contentDirectory)), options);
        foreach (var entry in entries) run.Entry(entry);
        run.Set.PruneUnused();

        var files = ContentWriter.Write(run.Set, contentDirectory, header, ResultsSuffix);
        return ImportReport.Of(entries.Count, run.Set, run.Skipped, run.Notes, files);
    }

    private sealed class Run(ImportSet set, ModelIndexOptions options)
    {
        private const string Params = "Params";
        private const string Flops = "FLOPs";

        public ImportSet Set { get; } = set;
        public List<SkippedRow> Skipped { get; } = [];
        public List<ImportNote> Notes { get; } = [];

        public void Entry(ModelIndexEntry entry)
        {
            var label = $"{entry.Where} {entry.Model ?? "(no model name)"} / {entry.Datasets.FirstOrDefault() ?? "(no dataset)"}";
            if (Convert(entry, label) is { } reason) Skipped.Add(new SkippedRow(label, reason));
        }

        /// <summary>Converts one result; the reason it was skipped, or null when it was added.</summary>
        private string? Convert(ModelIndexEntry entry, string label)
        {
            if (entry.Model is not { } model) return "no model name";
            if (model.Length > Load.Limits.MaxLineFieldLength) return $"the model name is longer than {Load.Limits.MaxLineFieldLength} characters";
            if (entry.Datasets.Count == 0) return "no dataset";
            var names = Mapped(entry.Datasets, options.Datasets) is { } target ? new[] { target } : entry.Datasets;
            var dataset = Set.Dataset(names, null);

            string taskId;
            if (entry.Task is { } task) taskId = Set.Task(task, null, null);
            else if (dataset.Leaderboards.Count == 1) taskId = dataset.Leaderboards[0].Task;
            else return $"no task, and dataset `{dataset.Id}` has {dataset.Leaderboards.Count} leaderboards to choose from";

            var board = dataset.Leaderboards.FirstOrDefault(l => l.Task == taskId);
            if (board is null && dataset.Existing)
            {
                return $"dataset `{dataset.Id}` has no leaderboard for task `{taskId}`; add one, or map the dataset with --dataset, and import again";
            }
            if (board is null)
            {
                board = new ImportedLeaderboard(taskId, []);
                dataset.Leaderboards.Add(board);
            }

            var values = entry.Metrics.Select(m => (Name: Mapped([m.Name], options.Metrics) ?? m.Name, m.Value)).ToList();
            if (!dataset.Existing) AddMetrics(board, values, entry);
            values.AddRange(Count(board, values, Params, entry.Parameters));
            values.AddRange(Count(board, values, Flops, entry.Flops));
            var problems = new List<string>();
            var metrics = ResultMetrics.Read(board, values, problems);
            if (metrics.Count == 0) return ResultMetrics.NoneRead(problems);

            var paper = entry.Paper;
            var title = paper?.Title is { Length: <= Load.Limits.MaxLineFieldLength } t ? t : null;
            var arxiv = PaperIdentity.Arxiv(paper?.Url);
            var known = paper is null ? null : Set.Find(arxiv, paper.Url, title);
            var date = known is not null ? null
                : ImportDate.FromArxiv(arxiv) ?? (options.Date is { } d ? new ImportDate(d, "date given to the import with --date; check it") : null);
            if (known is null && date is null)
            {
                var what = paper is null ? "the file names no paper" : $"the paper `{title ?? paper.Url}` is not in the content and has no arXiv id";
                return $"no date: {what}; add the paper to papers/ with its date, or pass --date, and import again";
            }
            ImportedPaper? imported = title is not null ? Set.Paper(title, date ?? known!.Date, arxiv, paper!.Url) : known;
            var source = imported is null ? new ImportedSource(entry.SourceTitle ?? model, entry.SourceUrl ?? paper?.Url, date!.Value) : null;

            var extra = entry.TrainingData.Where(n => !SameDataset(n, dataset, entry.Datasets)).ToList();
            var released = imported is not null ? Released(entry, imported.Date.Value) : null;
            var resultDate = released?.Value ?? imported?.Date.Value ?? source!.Date.Value;
            var reason = Set.Add(new ImportedResult(dataset.Id, taskId, model, metrics, extra.Count > 0, imported, source, released, label)
            {
                Code = entry.Code,
                Notes = RowNotes(entry, extra),
                Checks = VerifiedCheck(entry, board, metrics, resultDate, label),
            }, Notes);
            if (reason is not null) return reason;
            Notes.AddRange(problems.Select(p => new ImportNote(label, "left out " + p)));
            foreach (var (name, value) in metrics)
            {
                if (board.Metrics.First(m => m.Name == name).Unit == "%" && decimal.TryParse(value, CultureInfo.InvariantCulture, out var v) && v is > 0 and <= 1)
                {
                    Notes.Add(new ImportNote(label, $"`{name}` is {value} on a leaderboard in %; if it is a fraction, write it as {v * 100:0.##}"));
                }
            }
            return null;
        }

        /// <summary>
        /// When a model was trained after its paper, by whoever published the metafile, its result
        /// is dated by its release, not by the paper: otherwise a 2021 training recipe for ResNet-50
        /// would be charted as the state of the art of 2015. OpenMMLab stamps the release date in the
        /// weights' file name (<c>…_20211228-20e21305.pth</c>); models named <c>3rdparty</c> carry the
        /// paper's own weights, converted, and keep the paper's date.
        /// </summary>
        private static ImportDate? Released(ModelIndexEntry entry, DateOnly paperDate)
        {
            if (entry.Weights is null || entry.Model!.Contains("3rdparty", StringComparison.OrdinalIgnoreCase)) return null;
            var file = entry.Weights[(entry.Weights.LastIndexOf('/') + 1)..];
            if (WeightsStamp().Match(file) is not { Success: true } m
                || !DateOnly.TryParseExact(m.Groups["day"].Value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || day <= paperDate)
            {
                return null;
            }
            return new ImportDate(day, "release date in the weights' file name");
        }

        /// <summary>A new leaderboard gets the metrics the files use, and Params and FLOPs when the metadata has them.</summary>
        private static void AddMetrics(ImportedLeaderboard board, List<(string Name, string? Value)> values, ModelIndexEntry entry)
        {
            foreach (var (raw, value) in values)
            {
                var name = raw.Trim();
                if (name.Length == 0 || NameKeys.Metric(board.Metrics, name) is not null) continue;
                // The unit the first value is written with ("85.1%"): the board's unit from then on.
                var unit = MetricValueText.Parse(value, out _)?.Unit;
                board.Metrics.Add(new ImportedMetric(name, unit, MetricDirection.HigherIsBetter(name)));
            }
            if (entry.Parameters is not null && NameKeys.Metric(board.Metrics, Params) is null) board.Metrics.Add(new ImportedMetric(Params, "M", false, DirectionGuessed: false));
            if (entry.Flops is not null && NameKeys.Metric(board.Metrics, Flops) is null) board.Metrics.Add(new ImportedMetric(Flops, "G", false, DirectionGuessed: false));
        }

        /// <summary>A count from the metadata as a value of the board's metric, unless the results already give one.</summary>
        private static IEnumerable<(string Name, string? Value)> Count(ImportedLeaderboard board, List<(string Name, string? Value)> values, string name, string? count)
        {
            if (count is null || NameKeys.Metric(board.Metrics, name) is not { } metric) yield break;
            if (values.Any(v => NameKeys.Metric(board.Metrics, v.Name) == metric)) yield break;
            // Metafiles write exact counts (25557032); two decimals of the board's unit are enough to compare models.
            if (MetricValueText.Parse(count, out _) is { } parsed && UnitScale.Convert(parsed, metric.Unit, decimals: 2) is { } value && MetricValueText.FitsDigits(value))
            {
                yield return (metric.Name, value);
            }
        }

        private static bool SameDataset(string name, ImportedDataset dataset, IReadOnlyList<string> names)
        {
            var key = NameKeys.DatasetKey(name);
            return key == NameKeys.DatasetKey(dataset.Name) || key == NameKeys.DatasetKey(dataset.Id) || names.Any(n => NameKeys.DatasetKey(n) == key);
        }

        /// <summary>What a reader of the leaderboard needs to weigh the row: other training data, and the weights.</summary>
        /// <summary>
        /// Metrics a model card marks <c>verified: true</c> become one <c>re-evaluated</c> check by
        /// Hugging Face, when the card dates it and links where it is recorded; otherwise it is left
        /// out with a note saying why.
        /// </summary>
        private IReadOnlyList<ImportedCheck> VerifiedCheck(ModelIndexEntry entry, ImportedLeaderboard board,
            IReadOnlyList<(string Name, string Value)> metrics, DateOnly resultDate, string label)
        {
            if (entry.Verified is not { Count: > 0 } verified) return [];
            // The card's names go to the leaderboard's as its values did.
            var names = verified.Select(v => NameKeys.Metric(board.Metrics, Mapped([v], options.Metrics) ?? v)?.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var measured = metrics.Where(m => names.Contains(m.Name)).ToList();
            if (measured.Count == 0) return [];
            var date = entry.VerifiedDate is { } text ? Validate.IsoDate.TryParse(text) : null;
            string? why = date is null ? "the card does not say when it was verified"
                : date < resultDate ? $"the card dates the verification {entry.VerifiedDate}, before the result's date"
                : Http(entry.SourceUrl) is null ? "the card links no record of the verification (`source.url`)"
                : null;
            if (why is not null)
            {
                Notes.Add(new ImportNote(label, $"left out the Hugging Face verification of {string.Join(", ", measured.Select(m => $"`{m.Name}`"))}: {why}; add it as a `re-evaluated` check by hand"));
                return [];
            }
            return [new ImportedCheck("re-evaluated", "Hugging Face", date!.Value, entry.SourceUrl!, measured)];
        }

        private static string? Http(string? url) => url is not null && Validate.Links.IsAbsoluteHttp(url) ? url.Trim() : null;

        private static string? RowNotes(ModelIndexEntry entry, List<string> extra)
        {
            var parts = new List<string>();
            if (extra.Count > 0) parts.Add($"Trained with {string.Join(", ", extra.Select(MarkdownText.Escape))}.");
            // A parenthesis would end the Markdown link early.
            if (entry.Weights is { } w && Links.IsAbsoluteHttp(w) && !w.Any(c => c is '(' or ')'))
            {
                parts.Add($"[Weights]({w}).");
            }
            return parts.Count == 0 ? null : string.Join(" ", parts);
        }

        private static string? Mapped(IEnumerable<string> names, IReadOnlyDictionary<string, string>? map) =>
            map is null ? null : names.Select(n => map.FirstOrDefault(m => NameKeys.Key(m.Key) == NameKeys.Key(n)).Value).FirstOrDefault(v => v is not null);
    }
}
