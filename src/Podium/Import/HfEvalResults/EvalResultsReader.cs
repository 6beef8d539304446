using Podium.Load.Yaml;
using static Podium.Import.ModelIndex.ModelIndexYaml;

namespace Podium.Import.HfEvalResults;

/// <summary>
/// Reads Hugging Face evaluation-result files: <c>.eval_results/*.yaml</c> in model repositories (a
/// list of <c>{dataset: {id, task_id, revision}, value, date, source: {url, name, user, org},
/// notes, evaluation_framework, verifyToken}</c>) and <c>eval.yaml</c> in benchmark dataset
/// repositories (<c>{name, description, evaluation_framework, tasks: [{id, config, split}]}</c>).
/// Folders are searched for both, in ordinal order of their paths.
/// </summary>
public static class EvalResultsReader
{
    public const string ResultsFolder = ".eval_results";
    public const string DeclarationFile = "eval.yaml";

    /// <summary>The files to read under the given files and folders: declarations and result files, each in ordinal order.</summary>
    public static (List<string> Declarations, List<string> Results) Find(IEnumerable<string> inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input)) files.Add(Path.GetFullPath(input));
            else if (Directory.Exists(input))
            {
                // Result files live in a hidden folder, so hidden entries are searched too; links are not followed.
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
                foreach (var file in Directory.EnumerateFiles(input, "*", options))
                {
                    var inResults = Path.GetFileName(Path.GetDirectoryName(file)) == ResultsFolder;
                    if (Path.GetFileName(file) == DeclarationFile || inResults && IsYaml(file)) files.Add(Path.GetFullPath(file));
                }
            }
            else throw new ImportException($"`{input}` does not exist");
        }
        var declarations = files.Where(f => Path.GetFileName(f) == DeclarationFile).ToList();
        return (declarations, files.Where(f => !declarations.Contains(f)).ToList());
    }

    public static BenchmarkDeclaration ReadDeclaration(string path)
    {
        var root = Parse(Display(path), File.ReadAllText(path).ReplaceLineEndings("\n")) as YamlMapping
            ?? throw new ImportException($"{Display(path)}: an eval.yaml is a mapping with `name` and `tasks`");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var dataset = $"{Path.GetFileName(Path.GetDirectoryName(folder))}/{Path.GetFileName(folder)}";
        var tasks = Items(root["tasks"]).OfType<YamlMapping>()
            .Select(t => Text(t, "id") is { } id ? new BenchmarkTask(id, Text(t, "config"), Text(t, "split")) : null).OfType<BenchmarkTask>().ToList();
        return new BenchmarkDeclaration(dataset, Text(root, "name"), Text(root, "description"), Text(root, "evaluation_framework"), tasks);
    }

    /// <summary>The entries of a result file; <paramref name="model"/> names the model when given, else the repository folder holding <c>.eval_results</c>.</summary>
    public static List<EvalResultEntry> ReadResults(string path, string? model)
    {
        var name = Display(path);
        var root = Parse(name, File.ReadAllText(path).ReplaceLineEndings("\n"));
        // The format is a list; a single entry written as a mapping is read as a list of one.
        var items = root is YamlSequence list ? list.Items : root is YamlMapping one ? [one] : [];
        if (items.Count == 0) throw new ImportException($"{name}: an evaluation-results file is a list of `{{dataset, value}}` entries");
        model ??= RepositoryFolder(path);
        return items.OfType<YamlMapping>().Select(e =>
        {
            var dataset = e["dataset"] as YamlMapping;
            var source = e["source"] as YamlMapping;
            return new EvalResultEntry(Where(name, e), model, Text(dataset, "id"), Text(dataset, "task_id") ?? Text(dataset, "config"),
                Text(dataset, "revision"), Text(e, "value"), Text(e, "date"), Text(source, "url"), Text(source, "name"),
                Text(e, "notes"), Text(e, "evaluation_framework"), Text(e, "verifyToken") is not null);
        }).ToList();
    }

    /// <summary>The file as reports and written headers name it: from the model repository's folder on (<c>Model/.eval_results/gpqa.yaml</c>).</summary>
    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var parent = Path.GetFileName(folder) == ResultsFolder ? Path.GetDirectoryName(folder) : null;
        var start = Path.GetDirectoryName(parent ?? folder);
        return (start is null ? full : Path.GetRelativePath(start, full)).Replace('\\', '/');
    }

    private static string? RepositoryFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.GetFileName(folder) == ResultsFolder ? Path.GetFileName(Path.GetDirectoryName(folder)) : null;
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
