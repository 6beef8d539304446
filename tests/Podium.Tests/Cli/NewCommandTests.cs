using Podium.Tests.Diff;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary><c>new paper</c> and <c>new result</c>: skeletons that fail validation until filled in, and pass once they are.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public void A_new_paper_validates_once_its_placeholders_are_filled_in()
    {
        using var temp = new TempDirectory();
        DiffSites.Copy(temp, "site");
        var site = temp.Combine("site");

        var (exit, stdout, stderr) = CliRunner.Run(site, "new", "paper", "z-2020");

        Assert.True(exit == 0, stderr);
        Assert.Equal("Wrote content/papers/z-2020.md: fill in title, authors and date, then run `validate`.\n", stdout);
        var path = Path.Combine(site, "content", "papers", "z-2020.md");
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\n# The paper `z-2020`.", text);

        var unfilled = CliRunner.Run(site, "validate");
        Assert.Equal(1, unfilled.ExitCode);
        Assert.Equal(
            ["content/papers/z-2020.md(4,8): error PD0111: `title` is empty; fill it in, e.g. `title: some text`",
             "content/papers/z-2020.md(5,10): error PD0111: `authors` needs at least one item",
             "content/papers/z-2020.md(6,6): error PD0111: `date` is empty; fill it in, e.g. `date: 2018-11-16`",
             "3 errors in 1 file"],
            CliRunner.Lines(unfilled.Stderr));

        File.WriteAllText(path, Fill(text, ("title: \"\"", "title: \"Paper Z\""), ("authors: []", "authors: [Zed Zee]"), ("date:  ", "date: 2020-01-01")));
        var filled = CliRunner.Run(site, "validate");
        Assert.True(filled.ExitCode == 0, filled.Stderr);
    }

    [Fact]
    public void New_paper_refuses_to_overwrite_a_paper_or_take_an_invalid_id()
    {
        using var temp = new TempDirectory();
        DiffSites.Copy(temp, "site");
        var site = temp.Combine("site");
        var existing = Path.Combine(site, "content", "papers", "a-2015.md");
        var before = File.ReadAllText(existing);

        var overwrite = CliRunner.Run(site, "new", "paper", "a-2015");
        var invalid = CliRunner.Run(site, "new", "paper", "Paper_Z");

        Assert.Equal(2, overwrite.ExitCode);
        Assert.Equal("error: content/papers/a-2015.md already exists; edit it instead\n", overwrite.Stderr);
        Assert.Equal(before, File.ReadAllText(existing));
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("`Paper_Z` is not a valid paper id; ids use lowercase letters, digits and hyphens; e.g. `paper-z`", invalid.Stderr);
        Assert.False(File.Exists(Path.Combine(site, "content", "papers", "Paper_Z.md")));
    }

    [Fact]
    public void A_new_result_lists_the_leaderboards_metrics_and_validates_once_filled_in()
    {
        using var temp = new TempDirectory();
        DiffSites.Copy(temp, "site");
        var site = temp.Combine("site");
        Assert.Equal(0, CliRunner.Run(site, "new", "paper", "z-2020").ExitCode);
        var paper = Path.Combine(site, "content", "papers", "z-2020.md");
        File.WriteAllText(paper, Fill(File.ReadAllText(paper), ("title: \"\"", "title: Paper Z"), ("authors: []", "authors: [Zed]"), ("date:  ", "date: 2020-01-01")));

        var (exit, stdout, stderr) = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits");

        Assert.True(exit == 0, stderr);
        Assert.Equal("Wrote content/results/z-2020.yaml: fill in the model and its metrics, then run `validate`.\n", stdout);
        var path = Path.Combine(site, "content", "results", "z-2020.yaml");
        var text = File.ReadAllText(path);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/results.schema.json\n", text);
        Assert.Contains("\npaper: z-2020\nresults:\n  - dataset: digits ", text);
        Assert.Contains("\n    task: classification ", text);
        Assert.Matches("\n      Error rate: +# replace: in %, lower is better, ranks the leaderboard\n", text);
        Assert.Matches("\n      Params: +# replace: in M, lower is better\n", text);

        var unfilled = CliRunner.Run(site, "validate");
        Assert.Equal(1, unfilled.ExitCode);
        Assert.Contains("content/results/z-2020.yaml(8,12): error PD0111: `model` is empty; fill it in, e.g. `model: some text`", unfilled.Stderr);

        var filledText = Fill(text, ("model: \"\"", "model: \"Net Z\""), ("Error rate: ", "Error rate: 1.5"));
        File.WriteAllText(path, filledText);
        var filled = CliRunner.Run(site, "validate");
        Assert.True(filled.ExitCode == 0, filled.Stderr);

        // A second result is appended to the same file, after the first.
        var second = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal("Added a result to content/results/z-2020.yaml: fill in the model and its metrics, then run `validate`.\n", second.Stdout);
        var appended = File.ReadAllText(path);
        Assert.StartsWith(filledText, appended);
        Assert.DoesNotContain("    paper: z-2020", appended); // the file's default paper already is z-2020
        File.WriteAllText(path, Fill(appended, ("model: \"\"", "model: \"Net Z small\""), ("Error rate:  ", "Error rate: 2.0")));
        var both = CliRunner.Run(site, "validate");
        Assert.True(both.ExitCode == 0, both.Stderr);
        Assert.Contains("| new | 2 | Net Z small |", CliRunner.Run(null, "diff", DiffSites.SotaContent, Path.Combine(site, "content")).Stdout);
    }

    [Fact]
    public void New_result_needs_a_task_on_a_dataset_with_several_leaderboards_and_suggests_ids()
    {
        using var temp = new TempDirectory();
        var content = DiffSites.Copy(temp, "site");
        var site = temp.Combine("site");
        File.WriteAllText(Path.Combine(content, "tasks", "detection.yaml"), "name: Detection\n");
        File.AppendAllText(Path.Combine(content, "datasets", "digits.yaml"),
            "  - task: detection\n    metrics:\n      - name: \"mAP@0.5 #1\"\n        higher_is_better: true\n");

        var ambiguous = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits");
        var typo = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digts");
        var badTask = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits", "--task", "detecton");
        var (exit, _, stderr) = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits", "--task", "detection");

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Equal("error: dataset `digits` has several leaderboards; add --task with one of `classification`, `detection`\n", ambiguous.Stderr);
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("there is no dataset `digts` (content/datasets/digts.yaml); did you mean `digits`?", typo.Stderr);
        Assert.Equal(2, badTask.ExitCode);
        Assert.Contains("did you mean `detection`?", badTask.Stderr);
        Assert.True(exit == 0, stderr);
        Assert.Contains("note: there is no paper `z-2020` yet; write it with `new paper z-2020`", stderr);
        var text = File.ReadAllText(Path.Combine(content, "results", "z-2020.yaml"));
        Assert.Matches("\n    task: detection +# required: the dataset has several leaderboards\n", text);
        // A metric name YAML would misread is quoted, so it reads back as written.
        Assert.Contains("\n      \"mAP@0.5 #1\":", text);
    }

    [Fact]
    public void New_result_will_not_append_where_text_would_change_the_files_meaning()
    {
        using var temp = new TempDirectory();
        var content = DiffSites.Copy(temp, "site");
        var site = temp.Combine("site");
        var path = Path.Combine(content, "results", "z-2020.yaml");
        const string flow = "paper: b-2016\nresults: [{ dataset: digits, model: X, metrics: { Error rate: 9 } }]\n";
        File.WriteAllText(path, flow);

        var (exit, stdout, stderr) = CliRunner.Run(site, "new", "result", "z-2020", "--dataset", "digits");

        Assert.Equal(2, exit);
        Assert.Contains("add this entry to it by hand", stderr);
        Assert.Contains("    paper: z-2020", stdout);
        Assert.Equal(flow, File.ReadAllText(path));
    }

    /// <summary>Replaces the first occurrence of each placeholder, as a contributor filling in the skeleton would.</summary>
    private static string Fill(string text, params (string Placeholder, string Value)[] fills)
    {
        foreach (var (placeholder, value) in fills)
        {
            var at = text.IndexOf(placeholder, StringComparison.Ordinal);
            Assert.True(at >= 0, $"placeholder `{placeholder}` not found in:\n{text}");
            text = string.Concat(text.AsSpan(0, at), value, text.AsSpan(at + placeholder.Length));
        }
        return text;
    }
}
