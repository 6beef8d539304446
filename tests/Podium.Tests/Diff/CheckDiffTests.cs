using Podium.Diff;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Diff;

/// <summary>The pull-request report names new reproductions, results not reproduced within their uncertainty and removed checks.</summary>
public sealed class CheckDiffTests
{
    private static string EvidenceContent => Path.Combine(Repo.Fixture("valid", "evidence"), "content");

    /// <summary>A copy of the evidence fixture with every <c>checks:</c> block removed.</summary>
    private static string WithoutChecks(TempDirectory temp)
    {
        var content = temp.Combine("before", "content");
        CliRunner.CopyFolder(EvidenceContent, content);
        foreach (var file in Directory.GetFiles(Path.Combine(content, "results")))
        {
            var kept = new List<string>();
            var skipping = false;
            foreach (var line in File.ReadAllLines(file))
            {
                if (line == "    checks:") skipping = true;
                else if (skipping && !line.StartsWith("      ", StringComparison.Ordinal)) skipping = false;
                if (!skipping) kept.Add(line);
            }
            File.WriteAllLines(file, kept);
        }
        return content;
    }

    [Fact]
    public void Adding_checks_reports_each_and_marks_the_not_reproduced_row()
    {
        using var temp = new TempDirectory();
        var diff = ContentDiff.Compare(WithoutChecks(temp), EvidenceContent);

        Assert.True(diff.Succeeded, diff.Markdown);
        var bench = diff.Report!.Leaderboards.Single(l => l.DatasetId == "bench");
        Assert.Equal(
            [
                (CheckChangeKind.Reproduced, "Net C", "reproduced", "@jdoe"),
                (CheckChangeKind.SourceChecked, "Net B", "source-checked", "Jane Doe"),
                (CheckChangeKind.Reproduced, "ResNet-50 (long schedule)", "re-evaluated", "Hugging Face"),
                (CheckChangeKind.NotReproduced, "ResNet-50", "reproduced", "Lab X"),
            ],
            bench.Checks!.Select(c => (c.Kind, c.Model, c.Check, c.By)));
        Assert.All(bench.Rows, r => Assert.Equal(["checks"], r.Fields));

        // Contributor text stays inert: brackets are escaped and a handle cannot mention anyone.
        var markdown = diff.Markdown;
        Assert.Contains("- ❌ **ResNet-50** (Paper S) is now marked **not reproduced within its uncertainty**: reproduced by Lab X on 2021-02-01, 76.5% against 78.0% \\[77.0, 79.6\\]\n", markdown);
        Assert.Contains("- ✅ **Net C** (Paper R): new reproduction, reproduced by @\u2060jdoe on 2020-06-01, 81.5% against 81.5%\n", markdown);
        Assert.Contains("- ✅ **ResNet-50 (long schedule)** (Paper P): new re-evaluation, re-evaluated by Hugging Face on 2020-01-10, 80.3% against 80.0% ± 0.5\n", markdown);
        Assert.Contains("- ☑️ **Net B** (Paper Q): source-checked by Jane Doe on 2020-01-05\n", markdown);
        // The plain board: a re-evaluation that differs from a value without uncertainty.
        Assert.Contains("- ❌ **Plain B** (Paper R) is now marked **not reproduced within its uncertainty**: re-evaluated by Hugging Face on 2020-03-01, 71.4% against 71.5%\n", markdown);
    }

    [Fact]
    public void Removing_checks_reports_each_removed_check()
    {
        using var temp = new TempDirectory();
        var diff = ContentDiff.Compare(EvidenceContent, WithoutChecks(temp));

        Assert.True(diff.Succeeded, diff.Markdown);
        var bench = diff.Report!.Leaderboards.Single(l => l.DatasetId == "bench");
        Assert.All(bench.Checks!, c => Assert.Equal(CheckChangeKind.Removed, c.Kind));
        Assert.Equal(4, bench.Checks!.Count);
        Assert.Contains("- ➖ **ResNet-50** (Paper S): check removed (reproduced by Lab X on 2021-02-01, 76.5% against 78.0% \\[77.0, 79.6\\])\n", diff.Markdown);
    }
}
