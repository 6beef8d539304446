using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>The command line as a user runs it: exit codes, stderr format and the summary line.</summary>
public sealed class CliTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(null, args);

    [Fact]
    public void Validate_of_the_sample_content_succeeds()
    {
        var (exit, stdout, stderr) = Run("validate");
        Assert.True(exit == 0, stderr);
        Assert.Contains("valid", stdout);
    }

    [Fact]
    public void Content_errors_exit_1_with_every_error_then_the_summary()
    {
        var fixture = Repo.Fixture("invalid", "references");
        // From the fixture's folder, so the printed paths (from the current directory) are expected.txt's.
        var (exit, _, stderr) = CliRunner.Run(fixture, "validate", "--content", "content");

        Assert.Equal(1, exit);
        var expected = File.ReadAllLines(Path.Combine(fixture, "expected.txt"));
        Assert.Equal(expected, stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Build_writes_the_site_to_out_with_the_base_url_override()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("out");
        var (exit, _, stderr) = Run("build", "--content", Path.Combine(Repo.Fixture("valid", "ranking"), "content"),
            "--out", output, "--base-url", "https://example.com/project");

        Assert.True(exit == 0, stderr);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.com/project/\">", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains("href=\"./assets/style.css\"", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains("href=\"/project/assets/style.css\"", File.ReadAllText(Path.Combine(output, "404.html")));
    }

    [Fact]
    public void Build_logs_each_stage_as_plain_lines_when_redirected_and_quiet_silences_them()
    {
        using var temp = new TempDirectory();
        var content = Path.Combine(Repo.Fixture("valid", "ranking"), "content");

        // --no-search: whether the search stage can run depends on Node being installed; SearchMarkupTests and the browser suite cover it.
        var (exit, _, stderr) = Run("build", "--content", content, "--out", temp.Combine("a"), "--no-search");
        var (quietExit, quietStdout, quietStderr) = Run("build", "--content", content, "--out", temp.Combine("b"), "--quiet", "--no-search");

        Assert.True(exit == 0, stderr);
        var lines = stderr.TrimEnd('\n').Split('\n');
        var stages = lines.TakeWhile(l => !l.StartsWith("Site size:", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToList();
        Assert.Equal(["load", "validate", "model", "list", "render+write"], stages);
        // Then the size table: one line per section present, e.g. "  paper pages   2   4.1 KB ...".
        Assert.Matches(@"^Site size: [\d.]+ KB in \d+ files", lines[stages.Count]);
        Assert.Contains(lines, l => l.StartsWith("  paper pages ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  largest pages: ", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', stderr);
        Assert.Equal(0, quietExit);
        Assert.Equal("", quietStderr);
        Assert.Matches(@"^Built \d+ files into .+ \(\d+ written, 0 unchanged, 0 removed\)\n$", quietStdout);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--base-url", "javascript:alert(1)")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("error", stderr);
    }
}
