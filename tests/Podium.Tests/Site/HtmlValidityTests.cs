using System.Diagnostics;
using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>Every generated page passes html-validate (npm, version pinned in package.json) with the checked-in .htmlvalidate.mjs.</summary>
public sealed class HtmlValidityTests(SampleSiteFixture sample, SotaSiteFixture sota) : IClassFixture<SampleSiteFixture>, IClassFixture<SotaSiteFixture>
{
    [NodeFact]
    public void Every_page_of_the_sample_and_fixture_sites_is_valid_html()
    {
        var pages = sample.Site.HtmlFiles().Concat(sota.Site.HtmlFiles()).ToList();
        var problems = Validate(pages);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        ExternalTools.Report("html-validate", $"html-validate: {pages.Count} pages valid");
    }

    private static List<string> Validate(IReadOnlyList<string> files)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Repo.Root,
        };
        // The report goes to a file: node cuts piped output short when html-validate exits with errors to report.
        var reportFile = Path.Combine(ExternalTools.OutputFolder("html-validate"), "report.json");
        File.Delete(reportFile);
        foreach (var arg in new[] { ExternalTools.HtmlValidate, "--config", Path.Combine(Repo.Root, ".htmlvalidate.mjs"), "--formatter", "json=" + reportFile }.Concat(files))
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        Assert.True(File.Exists(reportFile), $"html-validate did not report (exit {process.ExitCode}): {stderr}");
        var json = File.ReadAllText(reportFile);
        using var report = JsonDocument.Parse(json);
        return report.RootElement.EnumerateArray()
            .SelectMany(file => file.GetProperty("messages").EnumerateArray().Select(m =>
                $"{file.GetProperty("filePath").GetString()}:{m.GetProperty("line").GetInt32()}: {m.GetProperty("ruleId").GetString()}: {m.GetProperty("message").GetString()}"))
            .ToList();
    }
}
