using System.CommandLine;
using Podium.Import;

namespace Podium.Cli.Import;

/// <summary>
/// <c>import pwc</c>: converts a public leaderboard archive into content
/// files. The report goes to stderr: one line per skipped row, then a summary.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Content folder the files are written to (merged with what it holds)", DefaultValueFactory = _ => "content" };
        var archive = new Argument<string>("evaluation-tables.json") { Description = "A Papers with Code evaluation-tables archive (JSON)" };
        var task = new Option<string[]>("--task") { Description = "Import only this task (by name) and its subtasks; repeatable", AllowMultipleArgumentsPerToken = true };
        var pwc = new Command("pwc", "Import a Papers with Code evaluation-tables.json archive (CC-BY-SA-4.0)") { archive, task, output };
        pwc.SetAction(parsed => Run(parsed.GetValue(output)!, [parsed.GetValue(archive)!],
            (path, content) => PwcImporter.Import(path, content, parsed.GetValue(task) ?? [])));


        return new Command("import", "Convert leaderboard archives into content files") { pwc };
    }

    private static int Run(string content, string[] inputs, Func<string, string, ImportReport> import)
    {
        if (!File.Exists(Path.Combine(content, "site.yaml")))
        {
            Console.Error.WriteLine($"error: `{content}` holds no site.yaml; pass --out with the content folder to import into");
            return 2;
        }
        foreach (var input in inputs.Where(i => !File.Exists(i)))
        {
            Console.Error.WriteLine($"error: `{input}` does not exist");
            return 2;
        }
        ImportReport report;
        try
        {
            report = import(inputs[0], content);
        }
        catch (ImportException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }
        foreach (var skipped in report.Skipped) Console.Error.WriteLine(skipped);
        foreach (var note in report.Notes) Console.Error.WriteLine($"note: {note}");
        Console.Error.WriteLine(report.Summary);
        Console.Error.WriteLine($"{report.Files.Written.Count} files written, {report.Files.Unchanged.Count} unchanged in {content}/; run `validate` next.");
        return 0;
    }
}
