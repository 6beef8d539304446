using System.Globalization;
using Podium.Import.Dating;

namespace Podium.Import.Pwc;

/// <summary>
/// Converts a Papers with Code evaluation-tables archive into content files: tasks (subtasks keep
/// their parent), datasets with one leaderboard per task (subdatasets become datasets named
/// "Parent — Sub"), papers and results. Rows that cannot become a valid result are skipped with a
/// reason. Nothing is guessed except each metric's direction and the dates worked out from what a
/// row says (see <see cref="ArchiveDates"/>), which the files mark with a comment for a maintainer.
/// </summary>
public static partial class PwcImporter
{
    public const string ResultsSuffix = "pwc";

    public static ImportReport Import(string archivePath, string contentDirectory, IReadOnlyCollection<string>? taskNames = null) =>
        Import(archivePath, contentDirectory, new PwcImportOptions(taskNames));

    public static ImportReport Import(string archivePath, string contentDirectory, PwcImportOptions options)
    {
        var tasks = PwcArchive.Read(archivePath);
        var header = $"# Imported from Papers with Code ({ImportText.Line(Path.GetFileName(archivePath))}, CC-BY-SA-4.0) by podium import pwc";
        var dates = new ArchiveDates(tasks, options.Today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var run = new Run(new ImportSet(ExistingContent.Read(contentDirectory)),
            new HashSet<string>(options.Tasks ?? [], StringComparer.OrdinalIgnoreCase), dates, options.Undated);
        foreach (var task in tasks) run.Task(task, null, run.Filter.Count == 0);
        run.Set.DropEmptyMetrics();

        var files = ContentWriter.Write(run.Set, contentDirectory, header, ResultsSuffix);
        return ImportReport.Of(run.Rows, run.Set, run.Skipped, run.Notes, files) with { Dating = DatingCount.Of(run.Dated) };
    }

    /// <summary>A row's paper_date (a timestamp's date part is enough), or null when missing or unreadable.</summary>
    internal static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Length >= 10 ? text[..10] : text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>The row's paper title and link. A title that is a link is no title: the link is kept as the paper's URL.</summary>
    internal static (string? Title, string? Url) Paper(PwcRow row)
    {
        var title = row.PaperTitle;
        var url = row.PaperUrl;
        if (title is not null && IsLink(title))
        {
            url ??= title;
            title = null;
        }
        return (title is { Length: > Load.Limits.MaxLineFieldLength } ? null : title, url);
    }

    private static bool IsLink(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s+")]
    private static partial System.Text.RegularExpressions.Regex Whitespace();

    private sealed class Run(ImportSet set, HashSet<string> filter, ArchiveDates dates, DateOnly? undated)
    {
        private const string UndatedComment = "no date in the archive: given with --undated; " + RowDater.DayUnknown;

        public ImportSet Set { get; } = set;
        public HashSet<string> Filter { get; } = filter;
        public int Rows { get; private set; }
        public List<SkippedRow> Skipped { get; } = [];
        public List<ImportNote> Notes { get; } = [];
        public List<DatedBy> Dated { get; } = [];

        /// <summary>
        /// A task and its subtasks. A task that was not asked for is still written when one of its
        /// subtasks was, so the subtask's <c>parent</c> exists; its own datasets are left out.
        /// </summary>
        public void Task(PwcTask task, string? parent, bool selected)
        {
            selected |= Filter.Contains(task.Name);
            if (!selected && !task.Subtasks.Any(Wanted)) return;
            var id = Set.Task(task.Name, parent, task.Description);
            if (selected)
            {
                foreach (var dataset in task.Datasets) Dataset(task.Name, id, dataset, dataset.Name);
            }
            foreach (var sub in task.Subtasks) Task(sub, id, selected);
        }

        private bool Wanted(PwcTask task) => Filter.Contains(task.Name) || task.Subtasks.Any(Wanted);

        private void Dataset(string taskName, string taskId, PwcDataset source, string name)
        {
            Rows += source.Rows.Count;
            var label = $"{taskName} / {name}";
            var metricNames = source.Metrics.Concat(source.Rows.SelectMany(r => r.Metrics.Select(m => m.Name)))
                .Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (source.Rows.Count > 0 || metricNames.Count > 0)
            {
                var leaderboard = Leaderboard(source, name, taskId, metricNames, out var problem);
                var datasetId = Set.Dataset(name, source.Description).Id;
                foreach (var row in source.Rows)
                {
                    var rowLabel = Whitespace().Replace($"{label} / {row.ModelName ?? row.PaperTitle ?? "(no model name)"}", " ");
                    var reason = problem ?? Row(row, rowLabel, datasetId, taskId, leaderboard!);
                    if (reason is not null) Skipped.Add(new SkippedRow(rowLabel, reason));
                }
            }
            foreach (var sub in source.Subdatasets) Dataset(taskName, taskId, sub, $"{name} — {sub.Name}");
        }

        /// <summary>The dataset's leaderboard for the task, created with the archive's metrics when new.</summary>
        private ImportedLeaderboard? Leaderboard(PwcDataset source, string name, string taskId, List<string> metricNames, out string? problem)
        {
            problem = null;
            if (metricNames.Count == 0)
            {
                problem = "the dataset lists no metrics";
                return null;
            }
            var dataset = Set.Dataset(name, source.Description);
            var board = dataset.Leaderboards.FirstOrDefault(l => l.Task == taskId);
            if (board is null && dataset.Existing)
            {
                problem = $"dataset `{dataset.Id}` already exists in the content without a leaderboard for task `{taskId}`; add one and import again";
                return null;
            }
            if (board is null)
            {
                board = new ImportedLeaderboard(taskId, []);
                dataset.Leaderboards.Add(board);
            }
            if (!dataset.Existing)
            {
                foreach (var metric in metricNames.Where(m => board.Metrics.All(b => b.Name != m)))
                {
                    board.Metrics.Add(new ImportedMetric(metric, Unit(source.Rows, metric), MetricDirection.HigherIsBetter(metric)));
                }
            }
            return board;
        }

        /// <summary>The unit most values of the metric are written with (ties: ordinal order, none first).</summary>
        private static string? Unit(IReadOnlyList<PwcRow> rows, string metric) =>
            rows.SelectMany(r => r.Metrics).Where(m => m.Name == metric)
                .Select(m => MetricValueText.Parse(m.Value, out _)).OfType<ParsedMetricValue>()
                .GroupBy(v => v.Unit ?? "", StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key.Length == 0 ? null : g.Key).FirstOrDefault();

        /// <summary>Converts one row; the reason it was skipped, or null when it was added.</summary>
        private string? Row(PwcRow row, string label, string datasetId, string taskId, ImportedLeaderboard board)
        {
            // Early archives leave the model out when it is the paper's method: the title stands for it.
            var model = row.ModelName ?? (row.PaperTitle is { } named && !IsLink(named) ? Whitespace().Replace(named, " ").Trim() : null);
            if (model is null) return "no model name and no paper title to stand for it";
            if (model.Length > Load.Limits.MaxLineFieldLength) return $"the model name is longer than {Load.Limits.MaxLineFieldLength} characters";
            if (row.PaperDate is not null && Date(row.PaperDate) is null) return $"paper_date `{row.PaperDate}` is not a YYYY-MM-DD date";

            var problems = new List<string>();
            var metrics = ResultMetrics.Read(board, row.Metrics, problems);
            if (metrics.Count == 0) return ResultMetrics.NoneRead(problems);

            var (title, url) = Paper(row);
            var arxiv = PaperIdentity.Arxiv(url);

            // The row's own date comes first, then the content's copy of the paper, then the best date
            // the archive gives the paper (this row's or another's: arXiv month, identifier, written year).
            var own = dates.Of(row);
            DateOnly? given = own.Own is { How: DatedBy.Given } g ? g.Date.Value : null;
            var known = Set.Find(arxiv, url, title);
            ImportDate? date;
            DatedBy how;
            if (given is { } d) (date, how) = (new ImportDate(d, null), DatedBy.Given);
            else if (known is { Existing: true }) (date, how) = (null, DatedBy.ContentPaper);
            else if (dates.Paper(ImportSet.Keys(arxiv, url, title)) is { } best)
            {
                // A row that gives its paper the same date another row does is dated by what it says itself.
                var itself = ReferenceEquals(best.Row, row) || own.Own is { } o && o.How == best.How && o.Date.Value == best.Date.Value;
                (date, how) = (best.Date, itself ? best.How : DatedBy.OtherRow);
            }
            else if (known is not null) (date, how) = (null, known.Date.Guess == UndatedComment ? DatedBy.Undated : DatedBy.OtherRow);
            else if (undated is { } fallback) (date, how) = (new ImportDate(fallback, UndatedComment), DatedBy.Undated);
            else
            {
                var why = own.Problems.Count > 0 ? "; not used for the date: " + string.Join("; ", own.Problems) : "";
                return "no paper_date: the paper is not in the content or dated by another row, and has no arXiv id, identifier or written year to date it by; "
                    + "add it to papers/ with its date (or pass --undated DATE) and import again" + why;
            }

            ImportedPaper? paper = null;
            ImportedSource? source = null;
            if (title is not null)
            {
                paper = Set.Paper(title, date ?? known!.Date, arxiv, url);
                if (!paper.Existing) paper.Code.UnionWith(row.CodeLinks);
            }
            // Without a title a row can still name a known paper by its arXiv id or link.
            else if (known is not null) paper = known;
            else source = new ImportedSource(url is null ? "Papers with Code archive" : model, url, date!.Value);

            var reason = Set.Add(new ImportedResult(datasetId, taskId, model, metrics, row.UsesAdditionalData, paper, source, given is { } day ? new ImportDate(day, null) : null, label), Notes);
            if (reason is not null) return reason;
            Dated.Add(how);
            Notes.AddRange(own.Problems.Select(p => new ImportNote(label, "not used for the date: " + p)));
            if (row.ModelName is null) Notes.Add(new ImportNote(label, "no model name: the paper's title stands for it"));
            Notes.AddRange(problems.Select(p => new ImportNote(label, "left out " + p)));
            return null;
        }
    }
}
