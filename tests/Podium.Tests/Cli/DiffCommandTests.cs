using System.Diagnostics;
using Podium.Tests.Diff;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary><c>diff</c> between two folders and against a git revision, run as a process.</summary>
public sealed class DiffCommandTests
{
    [Fact]
    public void Diff_of_two_folders_prints_the_new_state_of_the_art_and_rank_moves()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        DiffSites.AddRecordAndChangeValue(after);

        var (exit, stdout, stderr) = CliRunner.Run(null, "diff", DiffSites.SotaContent, after);

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("## What readers will see\n", stdout);
        Assert.Contains("🏆 New state of the art: **Net Z** with 1.5%, ahead of", stdout);
        Assert.Contains("- **Net A** (Paper A): 5 → 7\n", stdout);
    }

    [Fact]
    public void Diff_against_a_git_revision_compares_the_working_tree_with_the_committed_content()
    {
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        var content = Path.Combine(repo, "content");
        CliRunner.CopyFolder(DiffSites.SotaContent, content);
        Git(repo, "init", "--quiet");
        Git(repo, "config", "user.name", "Podium Tests");
        Git(repo, "config", "user.email", "tests@example.org");
        Git(repo, "config", "commit.gpgsign", "false");
        Git(repo, "add", ".");
        Git(repo, "commit", "--quiet", "-m", "content");

        var (sameExit, same, sameErr) = CliRunner.Run(repo, "diff", "--base", "HEAD");
        Assert.True(sameExit == 0, sameErr);
        Assert.Contains("No changes visible to readers.", same);

        DiffSites.AddRecordAndChangeValue(content);
        // From a subfolder too: the content path is resolved against the repository's root.
        var (exit, stdout, stderr) = CliRunner.Run(Path.Combine(repo, "content", "papers"), "diff", "--base", "HEAD", "--content", "..");

        Assert.True(exit == 0, stderr);
        Assert.Contains("🏆 New state of the art: **Net Z** with 1.5%", stdout);
        Assert.Contains("| changed: Error rate | 6 → 2 | Net B |", stdout);
        Assert.Contains("- Added `z-2020`: Paper Z\n", stdout);
    }

    [Fact]
    public void An_unknown_revision_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var repo = temp.Combine("repo");
        CliRunner.CopyFolder(DiffSites.SotaContent, Path.Combine(repo, "content"));
        Git(repo, "init", "--quiet");

        var (exit, _, stderr) = CliRunner.Run(repo, "diff", "--base", "no-such-branch");

        Assert.Equal(2, exit);
        Assert.Contains("no-such-branch", stderr);
    }

    [Fact]
    public void Errors_in_the_change_exit_1_with_the_diagnostics()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        File.WriteAllText(Path.Combine(after, "tasks", "broken.yaml"), "nme: Broken\n");

        var (exit, stdout, stderr) = CliRunner.Run(null, "diff", DiffSites.SotaContent, after);

        Assert.Equal(1, exit);
        Assert.Contains("The changed content does not validate", stdout);
        Assert.Contains("content/tasks/broken.yaml(1,1): error PD0110: unknown key `nme` in a task; did you mean `name`?", stderr);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "only-one-folder")]
    [InlineData("diff", "a", "b", "--base", "HEAD")]
    public void Diff_needs_two_folders_or_a_base(params string[] args)
    {
        var (exit, _, stderr) = CliRunner.Run(null, args);

        Assert.Equal(2, exit);
        Assert.Contains("error", stderr);
    }

    private static void Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {stderr.Result}");
    }
}
