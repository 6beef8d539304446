using System.Text;

namespace Podium.Import;

/// <summary>What an import wrote: files by path relative to the content folder.</summary>
/// <param name="Kept">Files the import would have written that already exist with other text: left as they are.</param>
public sealed record WriteOutcome(IReadOnlyList<string> Written, IReadOnlyList<string> Unchanged, IReadOnlyList<string> Kept);

/// <summary>
/// Turns an <see cref="ImportSet"/> into content files. Every file starts with
/// <c>header</c> (where it came from, under which licence), and everything is sorted ordinally, so
/// the same archive always gives the same bytes. Existing files are never overwritten.
/// </summary>
public static class ContentWriter
{
    private const string InferredComment = "# inferred from the name; correct if wrong";

    public static WriteOutcome Write(ImportSet set, string contentDirectory, string header, string resultsSuffix)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var task in set.NewTasks) files[$"tasks/{task.Id}.yaml"] = Task(task, header);
        foreach (var dataset in set.Datasets.Where(d => !d.Existing && d.Leaderboards.Any(l => l.Metrics.Count > 0)))
        {
            files[$"datasets/{dataset.Id}.yaml"] = Dataset(dataset, header);
        }
        var results = set.Results.OrderBy(r => r.Dataset, StringComparer.Ordinal).ThenBy(r => r.Task, StringComparer.Ordinal)
            .ThenBy(r => r.Model, StringComparer.Ordinal).ThenBy(r => r.Date?.Value).ToList();
        foreach (var paper in results.Select(r => r.Paper).OfType<ImportedPaper>().Where(p => !p.Existing).Distinct())
        {
            files[$"papers/{paper.Id}.md"] = Paper(paper, header);
        }
        // A paper's results share its file; results with a source, one file per dataset. The two
        // kinds are grouped apart even when a paper id looks like a source file's name.
        foreach (var group in results.GroupBy(r => (r.Paper?.Id, Dataset: r.Paper is null ? r.Dataset : null)))
        {
            var stem = group.Key.Id ?? $"{resultsSuffix}-{group.Key.Dataset}";
            var name = ResultsName(contentDirectory, stem, resultsSuffix, files);
            files[$"results/{name}.yaml"] = Results(group.First().Paper, group.ToList(), header);
        }

        var written = new List<string>();
        var unchanged = new List<string>();
        var kept = new List<string>();
        foreach (var (relative, text) in files)
        {
            var path = Path.Combine(contentDirectory, relative);
            if (File.Exists(path))
            {
                // Ids were chosen to avoid existing files; one that appeared meanwhile is kept as it is.
                (File.ReadAllText(path) == text ? unchanged : kept).Add(relative);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, new UTF8Encoding(false));
            written.Add(relative);
        }
        return new WriteOutcome(written, unchanged, kept);
    }

    /// <summary>
    /// The results file's name: the paper's id, or when a file of that name exists (the paper's
    /// own results, written by hand) the id with a suffix, so the file is not edited by a program.
    /// </summary>
    private static string ResultsName(string contentDirectory, string stem, string suffix, SortedDictionary<string, string> planned)
    {
        bool Free(string n) => !File.Exists(Path.Combine(contentDirectory, "results", n + ".yaml")) && !planned.ContainsKey($"results/{n}.yaml");
        if (stem.Length > 80 - suffix.Length - 3) stem = stem[..(80 - suffix.Length - 3)].TrimEnd('-');
        if (Free(stem)) return stem;
        var name = $"{stem}-{suffix}";
        for (var n = 2; !Free(name); n++) name = $"{stem}-{suffix}-{n}";
        return name;
    }

    private static string Task(ImportedTask task, string header)
    {
        var sb = new StringBuilder().Append(header).Append('\n');
        sb.Append("name: ").Append(YamlText.Scalar(ImportText.Line(task.Name))).Append('\n');
        if (task.Parent is not null) sb.Append("parent: ").Append(YamlText.Scalar(task.Parent)).Append('\n');
        if (Text(task.Description) is { } d) sb.Append("description: ").Append(YamlText.Quote(d)).Append('\n');
        return sb.ToString();
    }

    private static string Dataset(ImportedDataset dataset, string header)
    {
        var sb = new StringBuilder().Append(header).Append('\n');
        sb.Append("name: ").Append(YamlText.Scalar(ImportText.Line(dataset.Name))).Append('\n');
        if (Text(dataset.Description) is { } d) sb.Append("description: ").Append(YamlText.Quote(d)).Append('\n');
        sb.Append("leaderboards:\n");
        foreach (var board in dataset.Leaderboards.Where(l => l.Metrics.Count > 0).OrderBy(l => l.Task, StringComparer.Ordinal))
        {
            sb.Append("  - task: ").Append(YamlText.Scalar(board.Task)).Append('\n');
            sb.Append("    metrics:\n");
            foreach (var metric in board.Metrics)
            {
                sb.Append("      - name: ").Append(YamlText.Scalar(MetricName(metric.Name))).Append('\n');
                if (metric.Unit is { } unit) sb.Append("        unit: ").Append(YamlText.Quote(ImportText.Line(unit, ImportText.Unit))).Append('\n');
                sb.Append("        higher_is_better: ").Append(metric.HigherIsBetter ? "true" : "false");
                sb.Append("   ").Append(metric.DirectionGuessed ? InferredComment : "# a count: lower is better").Append('\n');
            }
        }
        return sb.ToString();
    }

    private static string Paper(ImportedPaper paper, string header)
    {
        var sb = new StringBuilder("---\n").Append(header).Append('\n');
        sb.Append("title: ").Append(YamlText.Quote(ImportText.Line(paper.Title, ImportText.Title))).Append('\n');
        sb.Append("authors: [Unknown]   # the source lists no authors: replace Unknown with the paper's authors\n");
        sb.Append("date: ").Append(Date(paper.Date)).Append('\n');
        if (paper.Arxiv is { } arxiv) sb.Append("arxiv: ").Append(YamlText.Quote(arxiv)).Append('\n');
        if (Http(paper.Url) is { } url) sb.Append("url: ").Append(YamlText.Quote(url)).Append('\n');
        var code = paper.Code.Select(Http).OfType<string>().ToList();
        if (code.Count > 0) sb.Append("code: [").Append(string.Join(", ", code.Select(YamlText.Quote))).Append("]\n");
        return sb.Append("---\n").ToString();
    }

    private static string Results(ImportedPaper? paper, List<ImportedResult> results, string header)
    {
        var sb = new StringBuilder().Append(header).Append('\n');
        if (paper is not null) sb.Append("paper: ").Append(YamlText.Scalar(paper.Id)).Append('\n');
        sb.Append("results:\n");
        foreach (var r in results)
        {
            sb.Append("  - dataset: ").Append(YamlText.Scalar(r.Dataset)).Append('\n');
            sb.Append("    task: ").Append(YamlText.Scalar(r.Task)).Append('\n');
            sb.Append("    model: ").Append(YamlText.Quote(ImportText.Line(r.Model))).Append('\n');
            sb.Append("    metrics:\n");
            foreach (var (name, value) in r.Metrics) sb.Append("      ").Append(YamlText.Scalar(MetricName(name))).Append(": ").Append(value).Append('\n');
            if (r.ExtraTrainingData) sb.Append("    extra_training_data: true\n");
            if (r.Source is { } source)
            {
                sb.Append("    source:\n      title: ").Append(YamlText.Quote(ImportText.Line(source.Title))).Append('\n');
                if (Http(source.Url) is { } url) sb.Append("      url: ").Append(YamlText.Quote(url)).Append('\n');
                sb.Append("      date: ").Append(Date(source.Date)).Append('\n');
            }
            else if (r.Date is { } date && date.Value != paper!.Date.Value) sb.Append("    date: ").Append(Date(date)).Append('\n');
            if (Http(r.Code) is { } code) sb.Append("    code: ").Append(YamlText.Quote(code)).Append('\n');
            if (Text(r.Notes) is { } notes) sb.Append("    notes: ").Append(YamlText.Quote(ImportText.Line(notes, ImportText.Notes))).Append('\n');
            if (r.Checks.Count > 0) sb.Append("    checks:\n");
            foreach (var check in r.Checks)
            {
                sb.Append("      - kind: ").Append(check.Kind).Append('\n');
                sb.Append("        by: ").Append(YamlText.Quote(ImportText.Line(check.By))).Append('\n');
                sb.Append("        date: ").Append(YamlText.Date(check.Date)).Append('\n');
                sb.Append("        url: ").Append(YamlText.Quote(check.Url)).Append('\n');
                if (check.Metrics.Count > 0) sb.Append("        metrics:\n");
                foreach (var (name, value) in check.Metrics) sb.Append("          ").Append(YamlText.Scalar(MetricName(name))).Append(": ").Append(value).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>A date, with how it was worked out as a comment when the source did not give it.</summary>
    private static string Date(ImportDate date) =>
        YamlText.Date(date.Value) + (date.Guess is { } guess ? "   # " + guess.ReplaceLineEndings(" ") : "");

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : ImportText.Block(text) is { Length: > 0 } t ? t : null;

    /// <summary>A metric name as both the dataset file and the results write it, so the two always agree.</summary>
    private static string MetricName(string name) => ImportText.Line(name, ImportText.MetricName);

    /// <summary>The link if the content format accepts it (an absolute http(s) URL), else null.</summary>
    private static string? Http(string? url) => url is not null && Validate.Links.IsAbsoluteHttp(url) ? url.Trim() : null;
}
