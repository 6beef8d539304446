using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Podium.Search;

/// <summary>What the Search stage did: the index was built, or why not and what to do about it.</summary>
public sealed record SearchIndexResult(bool Indexed, string Message);

/// <summary>
/// The Search stage: gives Pagefind (npm package pinned in package.json) one short record per
/// page through its Node API (<c>pagefind-records.mjs</c>), and Pagefind writes its index and search
/// UI to <c>pagefind/</c>. Podium decides what is indexed and how it is weighted
/// (<see cref="SearchRecords"/>); ranking, CJK segmentation and the UI are Pagefind's. Without Node the site is still complete, only without search, and the message
/// says how to get it.
/// </summary>
public static partial class PagefindIndexer
{
    public const string OutputFolder = "pagefind";
    // The module pagefind-records.mjs imports: its presence means the pinned package is installed.
    private static readonly string Module = Path.Combine("node_modules", "pagefind", "lib", "index.js");

    [GeneratedRegex(@"Indexed (\d+) pages? in (\d+ index(?:es)?)", RegexOptions.CultureInvariant)]
    private static partial Regex IndexedPages();

    /// <param name="toolsDirectory">The folder holding package.json (the repository root).</param>
    /// <param name="records">What to index, one record per page (<see cref="SearchRecords"/>).</param>
    /// <summary>
    /// Pages in one Pagefind index; a bigger site gets several, merged by the search page. Pagefind
    /// held 4–5 GB writing one index of Papers with Code's 100,000 pages.
    /// </summary>
    public const int PagesPerIndex = 25_000;

    /// <param name="pagesPerIndex">Pages in one index (<see cref="PagesPerIndex"/>; tests split small sites).</param>
    public static SearchIndexResult Run(string siteDirectory, string? toolsDirectory, IEnumerable<SearchRecord> records, string language, int pagesPerIndex = PagesPerIndex)
    {
        if (toolsDirectory is null)
        {
            return new SearchIndexResult(false, "search index skipped: no package.json with pagefind found above the content folder; pass --no-search to silence this");
        }
        if (!CanRun("node", "--version"))
        {
            return new SearchIndexResult(false, "search index skipped: Node.js not found; install Node.js 20 or later (then `npm ci`), or pass --no-search");
        }
        if (!File.Exists(Path.Combine(toolsDirectory, Module)))
        {
            // A fresh clone: install the pinned version from the lockfile.
            var install = Execute("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], toolsDirectory);
            if (install.ExitCode != 0 || !File.Exists(Path.Combine(toolsDirectory, Module)))
            {
                return new SearchIndexResult(false, $"search index skipped: `npm ci` failed in {toolsDirectory}: {install.Output.Trim()}");
            }
        }

        var work = Directory.CreateTempSubdirectory("podium-search-");
        try
        {
            var recordsFile = Path.Combine(work.FullName, "records.jsonl");
            WriteRecords(records, recordsFile);
            var script = Path.Combine(work.FullName, "pagefind-records.mjs");
            using (var resource = typeof(PagefindIndexer).Assembly.GetManifestResourceStream(ScriptResource)!)
            using (var file = File.Create(script))
            {
                resource.CopyTo(file);
            }
            var output = Path.Combine(Path.GetFullPath(siteDirectory), OutputFolder);
            var perIndex = pagesPerIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Pagefind takes most of a big build's time (50 s at Papers with Code's scale): when it
            // would be given exactly what made the index in place, that index is kept. An edit to a
            // value changes pages, not what readers search them by.
            var key = IndexKey(recordsFile, script, Path.Combine(toolsDirectory, "node_modules", "pagefind", "package.json"), language, perIndex);
            var keyFile = Path.Combine(output, KeyFile);
            if (File.Exists(keyFile) && File.Exists(Path.Combine(output, "pagefind-entry.json")) && File.ReadAllLines(keyFile) is [var kept, var keptSummary] && kept == key)
            {
                return new SearchIndexResult(true, $"search index: {keptSummary}, unchanged (its records are the same as when it was built)");
            }

            // The index is written whole each time; a stale fragment must not outlive the page it described.
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            var run = Execute("node", [script, toolsDirectory, recordsFile, output, language, perIndex], toolsDirectory);
            if (run.ExitCode != 0)
            {
                return new SearchIndexResult(false, $"search index failed (node exit {run.ExitCode}): {run.Output.Trim()}");
            }
            var indexed = IndexedPages().Match(run.Output);
            var (pages, parts) = indexed.Success ? (indexed.Groups[1].Value, indexed.Groups[2].Value) : ("?", "?");
            var summary = $"{pages} pages indexed by Pagefind in {parts}";
            File.WriteAllLines(keyFile, [key, summary]);
            return new SearchIndexResult(true, $"search index: {summary}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private const string ScriptResource = "Podium.Search.pagefind-records.mjs";

    // Beside the index: what it was made from (a hash) and what the build said of it.
    private const string KeyFile = "podium-index-key.txt";

    /// <summary>A hash of everything Pagefind is given: the records, the script, Pagefind's version, the language and the parts' size.</summary>
    private static string IndexKey(string recordsFile, string script, string pagefindPackage, string language, string pagesPerIndex)
    {
        var hash = new System.IO.Hashing.XxHash128();
        foreach (var file in new[] { recordsFile, script, pagefindPackage })
        {
            using var stream = File.Exists(file) ? File.OpenRead(file) : Stream.Null;
            hash.Append(stream);
            hash.Append([0]);
        }
        hash.Append(System.Text.Encoding.UTF8.GetBytes(language + "\n" + pagesPerIndex));
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    private static void WriteRecords(IEnumerable<SearchRecord> records, string path)
    {
        using var stream = File.Create(path);
        var newline = "\n"u8.ToArray();
        foreach (var record in records)
        {
            using (var w = new System.Text.Json.Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("url", record.Url);
                w.WriteString("html", record.Html);
                w.WriteEndObject();
            }
            stream.Write(newline);
        }
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> whose package.json names pagefind.</summary>
    public static string? FindToolsDirectory(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var package = Path.Combine(dir.FullName, "package.json");
            if (File.Exists(package) && File.ReadAllText(package).Contains("\"pagefind\"", StringComparison.Ordinal)) return dir.FullName;
        }
        return null;
    }

    private static bool CanRun(string program, string argument)
    {
        try
        {
            return Execute(program, [argument], Directory.GetCurrentDirectory()).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }

    private static (int ExitCode, string Output) Execute(string program, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
