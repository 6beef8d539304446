using System.CommandLine;
using Podium.Import;
using System.Globalization;
using Podium.Import.HfEvalResults;
using Podium.Import.ModelIndex;
using Podium.Import.Pwc;

namespace Podium.Cli.Import;

/// <summary>
/// <c>import pwc</c>, <c>import model-index</c> and <c>import hf-eval-results</c>: convert public
/// leaderboard data into content files. The report goes to stderr: one line per skipped row, then
/// notes, a summary and how the imported rows were dated.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Content folder the files are written to (merged with what it holds)", DefaultValueFactory = _ => "content" };
        var archive = new Argument<string>("evaluation-tables.json") { Description = "A Papers with Code evaluation-tables archive (JSON)" };
        var task = new Option<string[]>("--task") { Description = "Import only this task (by name) and its subtasks; repeatable" };
        var undated = new Option<string?>("--undated") { Description = "YYYY-MM-DD date for rows nothing in the archive or the content dates (written with a comment); without it they are skipped" };
        var pwc = new Command("pwc", "Import a Papers with Code evaluation-tables.json archive (CC-BY-SA-4.0)") { archive, task, undated, output };
        pwc.SetAction(parsed =>
        {
            if (!TryDate(parsed.GetValue(undated), "--undated", out var fallback)) return 2;
            return Run(parsed.GetValue(output)!, [parsed.GetValue(archive)!],
                (paths, content) => PwcImporter.Import(paths[0], content, new PwcImportOptions(parsed.GetValue(task) ?? [], fallback)));
        });

        return new Command("import", "Convert leaderboard archives into content files") { pwc, ModelIndex(output), HfEvalResults(output) };
    }

    private static Command ModelIndex(Option<string> output)
    {
        var files = new Argument<string[]>("file") { Description = "Model-index metafiles (YAML) or Hugging Face model cards (README.md)", Arity = ArgumentArity.OneOrMore };
        var dataset = new Option<string[]>("--dataset") { Description = "Map a dataset name in the files to a content dataset: \"ImageNet-1k=imagenet\"; repeatable" };
        var metric = new Option<string[]>("--metric") { Description = "Map a metric name in the files to a leaderboard metric: \"Top 1 Accuracy=Accuracy\"; repeatable" };
        var date = new Option<string?>("--date") { Description = "YYYY-MM-DD date for results whose paper is neither in the content nor on arXiv" };
        var attribution = new Option<string?>("--attribution") { Description = "Origin and licence written into every file, e.g. \"open-mmlab/mmpretrain, Apache-2.0\"" };
        var command = new Command("model-index", "Import results from model-index metafiles and Hugging Face model cards") { files, dataset, metric, date, attribution, output };
        command.SetAction(parsed =>
        {
            if (Maps(parsed, dataset, metric) is not { } maps) return 2;
            if (!TryDate(parsed.GetValue(date), "--date", out var when)) return 2;
            var options = new ModelIndexOptions(maps["--dataset"], maps["--metric"], when, parsed.GetValue(attribution));
            return Run(parsed.GetValue(output)!, parsed.GetValue(files)!, (paths, content) => ModelIndexImporter.Import(paths, content, options));
        });
        return command;
    }

    private static Command HfEvalResults(Option<string> output)
    {
        var inputs = new Argument<string[]>("files-or-folders") { Description = "`.eval_results/*.yaml` files of model repositories, benchmark `eval.yaml` files, or folders holding them", Arity = ArgumentArity.OneOrMore };
        var task = new Option<string?>("--task") { Description = "Task of the leaderboards the benchmarks get (the files name no task), e.g. \"Question Answering\"" };
        var model = new Option<string?>("--model") { Description = "Model name (default: the repository folder that holds .eval_results)" };
        var dataset = new Option<string[]>("--dataset") { Description = "Map a benchmark name or Hub id to a content dataset: \"Idavidrein/gpqa=gpqa\"; repeatable" };
        var metric = new Option<string[]>("--metric") { Description = "The leaderboard metric a score is: \"Score=Accuracy\"" };
        var date = new Option<string?>("--date") { Description = "YYYY-MM-DD date for scores whose file gives none" };
        var attribution = new Option<string?>("--attribution") { Description = "Origin and licence written into every file, e.g. \"arcee-ai/Trinity-Large-Preview, Apache-2.0\"" };
        var command = new Command("hf-eval-results", "Import scores from Hugging Face evaluation-result files (.eval_results/*.yaml)") { inputs, task, model, dataset, metric, date, attribution, output };
        command.SetAction(parsed =>
        {
            if (Maps(parsed, dataset, metric) is not { } maps) return 2;
            if (!TryDate(parsed.GetValue(date), "--date", out var when)) return 2;
            var options = new HfEvalResultsOptions(parsed.GetValue(task), parsed.GetValue(model), maps["--dataset"], maps["--metric"], when, parsed.GetValue(attribution));
            return Run(parsed.GetValue(output)!, parsed.GetValue(inputs)!, (paths, content) => HfEvalResultsImporter.Import(paths, content, options), folders: true);
        });
        return command;
    }

    /// <summary>The --dataset and --metric maps (from=to), or null when one is malformed (the error said).</summary>
    private static Dictionary<string, Dictionary<string, string>>? Maps(ParseResult parsed, Option<string[]> dataset, Option<string[]> metric)
    {
        var maps = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (name, option) in new[] { ("--dataset", dataset), ("--metric", metric) })
        {
            maps[name] = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in parsed.GetValue(option) ?? [])
            {
                var at = pair.LastIndexOf('=');
                if (at <= 0 || at == pair.Length - 1)
                {
                    Console.Error.WriteLine($"error: {name} `{pair}` is not of the form from=to");
                    return null;
                }
                maps[name][pair[..at].Trim()] = pair[(at + 1)..].Trim();
            }
        }
        return maps;
    }

    /// <summary>An optional YYYY-MM-DD option; false (with the error said) when it is given and unreadable.</summary>
    private static bool TryDate(string? text, string option, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            Console.Error.WriteLine($"error: {option} `{text}` is not a YYYY-MM-DD date");
            return false;
        }
        date = d;
        return true;
    }

    private static int Run(string content, string[] inputs, Func<string[], string, ImportReport> import, bool folders = false)
    {
        if (!File.Exists(Path.Combine(content, "site.yaml")))
        {
            Console.Error.WriteLine($"error: `{content}` holds no site.yaml; pass --out with the content folder to import into");
            return 2;
        }
        foreach (var input in inputs.Where(i => !File.Exists(i) && !(folders && Directory.Exists(i))))
        {
            Console.Error.WriteLine($"error: `{input}` does not exist");
            return 2;
        }
        ImportReport report;
        try
        {
            report = import(inputs, content);
        }
        catch (ImportException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        foreach (var skipped in report.Skipped) Console.Error.WriteLine(skipped);
        // The same note on many rows (a metric the leaderboard does not have) is said once, with a count.
        foreach (var group in report.Notes.GroupBy(n => n.Message, StringComparer.Ordinal))
        {
            var rows = group.ToList();
            if (rows.Count <= 3) rows.ForEach(n => Console.Error.WriteLine($"note: {n}"));
            else Console.Error.WriteLine($"note: {group.Key} ({rows.Count} rows; the first is {rows[0].Row})");
        }
        Console.Error.WriteLine(report.Summary);
        if (report.DatingSummary is { } dating) Console.Error.WriteLine(dating);
        foreach (var kept in report.Files.Kept) Console.Error.WriteLine($"{content}/{kept}: exists with other text; left as it is");
        Console.Error.WriteLine($"{report.Files.Written.Count} files written, {report.Files.Unchanged.Count} unchanged in {content}/; run `validate` next.");
        return 0;
    }
}
