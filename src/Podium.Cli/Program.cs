using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Podium;
using Podium.Cli;
using Podium.Cli.Diff;
using Podium.Cli.Scaffold;
using Podium.Cli.Serve;
using Podium.Preview;
using Podium.Validate;

// The command line: parses options, calls the library, prints what it returns.
// Exit codes: 0 success, 1 content (or template) errors, 2 usage errors.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

var content = new Option<string>("--content") { Description = "Folder with site.yaml, tasks/, datasets/, papers/ and results/", DefaultValueFactory = _ => "content" };
var templates = new Option<string>("--templates") { Description = "Folder with the Scriban templates (*.sbn-html), i18n/ and assets/", DefaultValueFactory = _ => "templates" };
var output = new Option<string>("--out") { Description = "Folder the site is written to (replaced only when the build succeeds)", DefaultValueFactory = _ => "site" };
var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is served from; overrides base_url in site.yaml" };
var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline stage took (with --quiet)" };
var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors and the closing line, no progress" };
var noSearch = new Option<bool>("--no-search") { Description = "Skip the Pagefind search index (built by default when Node.js is present)" };
var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail (exit 1) on warnings too, not only on errors" };
var maxSize = new Option<string?>("--max-size") { Description = "Fail, writing nothing, when the site with its search index would be larger, e.g. 1GB (GitHub Pages' limit) or 800MB" };

var clean = new Option<bool>("--clean") { Description = "Render every file, ignoring what the last build cached beside the output folder (.<out>.podium-cache)" };

var build = new Command("build", "Build the static site from content and templates") { content, templates, output, baseUrl, timings, quiet, noSearch, warningsAsErrors, maxSize, clean };
build.SetAction(parsed =>
{
    Uri? baseUri = null;
    if (parsed.GetValue(baseUrl) is { } text)
    {
        if (!Links.IsAbsoluteHttp(text)) return Usage($"--base-url `{text}` is not an absolute http(s) URL");
        baseUri = new Uri(text.EndsWith('/') ? text : text + "/");
    }
    long? maxBytes = null;
    if (parsed.GetValue(maxSize) is { } limit)
    {
        maxBytes = Podium.Write.SiteSize.Parse(limit);
        if (maxBytes is null) return Usage($"--max-size `{limit}` is not a size such as 1GB or 800MB");
    }
    var watch = Stopwatch.StartNew();
    var progress = parsed.GetValue(quiet) ? null : new ConsoleProgress();
    var result = SiteBuilder.Build(new BuildOptions(parsed.GetValue(content)!, parsed.GetValue(templates)!, parsed.GetValue(output)!, baseUri, progress,
        Search: !parsed.GetValue(noSearch), MaxBytes: maxBytes, Clean: parsed.GetValue(clean)));
    // Search is optional: a missing Node is a note on stderr, not a failed build.
    if (result.Search is { } search) Console.Error.WriteLine(search.Message);
    var files = result.Files;
    if (result.Size is { } size && !parsed.GetValue(quiet)) SizeTable.Print(size, Console.Error);
    return Report(result, parsed.GetValue(content)!, parsed.GetValue(timings) && progress is null, parsed.GetValue(warningsAsErrors), () =>
        $"Built {files.Total} files into {parsed.GetValue(output)}/ in {watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s " +
        $"({files.Written} written, {files.Unchanged} unchanged, {files.Deleted} removed)");
});

// Validation prints only the problems (editors and CI read them); --timings adds the stages.
// text: the lines editors read; github: workflow commands CI turns into annotations on the pull
// request (the count goes to stderr, keeping stdout to commands); json: one document on stdout
// for other tools, and nothing else.
var format = new Option<string>("--format")
{
    Description = "How problems are printed: text (stderr), github (annotations on stdout) or json (stdout)",
    DefaultValueFactory = _ => DiagnosticOutput.Text,
};
format.AcceptOnlyFromAmong(DiagnosticOutput.Formats);
var validate = new Command("validate", "Check the content and report every problem; writes nothing") { content, timings, format, warningsAsErrors };
validate.SetAction(parsed =>
{
    var result = SiteBuilder.Validate(parsed.GetValue(content)!);
    var exit = result.Fails(parsed.GetValue(warningsAsErrors)) ? 1 : 0;
    switch (parsed.GetValue(format))
    {
        case DiagnosticOutput.GitHub:
            DiagnosticOutput.WriteGitHub(result.Diagnostics, parsed.GetValue(content)!);
            WriteTimings(result, parsed.GetValue(timings));
            Console.Error.WriteLine(result.Summary ?? "Content is valid.");
            return exit;
        case DiagnosticOutput.Json:
            DiagnosticOutput.WriteJson(result.Diagnostics, parsed.GetValue(content)!);
            WriteTimings(result, parsed.GetValue(timings));
            return exit;
        default:
            return Report(result, parsed.GetValue(content)!, parsed.GetValue(timings), parsed.GetValue(warningsAsErrors), () => "Content is valid.");
    }
});

var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 to serve the preview on (0: any free port, printed when ready)", DefaultValueFactory = _ => 8000 };
var serve = new Command("serve", "Preview the site at http://127.0.0.1:<port>/, rebuilding and reloading the browser as files change") { content, templates, port };
serve.SetAction(async (parsed, cancel) =>
{
    var at = parsed.GetValue(port);
    if (at is < 0 or > 65535) return Usage($"--port {at} is not a port number");
    // With --port 0 the system picks a free port; the site's base URL uses the port it picked.
    var (contentDirectory, templatesDirectory) = (parsed.GetValue(content)!, parsed.GetValue(templates)!);
    return await new PreviewServer(baseUrl => new PreviewSite(contentDirectory, templatesDirectory, baseUrl), contentDirectory, templatesDirectory, at).RunAsync(cancel);
});

var root = new RootCommand("Podium: static leaderboard sites for machine learning results")
{
    build, validate, serve, DiffCommand.Create(content), NewCommand.Create(content),
};
root.Add(Podium.Cli.Import.ImportCommand.Create());
var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run `podium --help` for usage.");
    return 2;
}
return parseResult.Invoke();

// Prints the diagnostics (paths from the current directory), the timings when asked for, then
// the count of problems on failure or the success line (after the count of any warnings).
static int Report(BuildResult result, string contentDirectory, bool showTimings, bool warningsAsErrors, Func<string> success)
{
    DiagnosticOutput.WriteText(result.Diagnostics, contentDirectory);
    WriteTimings(result, showTimings);
    if (result.Summary is { } summary) Console.Error.WriteLine(summary);
    if (result.Fails(warningsAsErrors)) return 1;
    Console.WriteLine(success());
    return 0;
}

static void WriteTimings(BuildResult result, bool show)
{
    if (!show) return;
    foreach (var t in result.Timings)
    {
        var detail = t.Detail is null ? "" : $"  ({t.Detail})";
        Console.Error.WriteLine($"  {t.Stage,-13}{t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms{detail}");
    }
}

static int Usage(string message)
{
    Console.Error.WriteLine($"error: {message}");
    return 2;
}
