using System.Globalization;
using System.Text.Json;
using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary><c>validate --format text|github|json</c> on the invalid fixtures: the same diagnostics in each format.</summary>
public sealed class ValidateFormatTests
{
    public static TheoryData<string> Fixtures() => new(Repo.FixtureNames("invalid"));

    [Fact]
    public void GitHub_format_writes_one_annotation_per_diagnostic_with_paths_from_the_repository_root()
    {
        var fixture = Repo.Fixture("invalid", "references");

        // Run from a folder below the checkout's root: GitHub matches annotations to files by
        // their path from the root, wherever the command ran.
        var (exit, stdout, stderr) = CliRunner.Run(fixture, "validate", "--format", "github");

        Assert.Equal(1, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(11, lines.Length);
        Assert.Equal(
            "::error file=tests/fixtures/invalid/references/content/results/gpipe-2018.yaml,line=7,col=7,title=PD0204::metric `Acuracy` is not defined on leaderboard " +
            "`image-classification` of `cifar-10`; did you mean `Accuracy`?", lines[2]);
        Assert.Equal("::error file=tests/fixtures/invalid/references/content/results/gpipe-2018.yaml,line=8,col=14,title=PD0203::there is no dataset `cifar10`; did you mean `cifar-10`?", lines[3]);
        Assert.Equal("::error file=tests/fixtures/invalid/references/content/tasks/a.yaml,line=2,col=9,title=PD0202::task parents form a cycle: `a` → `b` → `a`; " +
            "one task in the cycle must have another parent or none", lines[9]);
        Assert.Equal("11 errors in 6 files", stderr.TrimEnd('\n'));
    }

    [Fact]
    public void GitHub_paths_follow_a_content_folder_elsewhere()
    {
        var (exit, stdout, _) = CliRunner.Run(null, "validate", "--format", "github", "--content", "tests/fixtures/invalid/references/content");

        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=tests/fixtures/invalid/references/content/datasets/cifar-10.yaml,line=2,col=16,title=PD0206::", stdout);
    }

    [Fact]
    public void GitHub_paths_outside_a_repository_are_from_the_current_directory()
    {
        using var temp = new TempDirectory();
        CliRunner.CopyFolder(Path.Combine(Repo.Fixture("invalid", "references"), "content"), temp.Combine("site", "content"));

        var (exit, stdout, _) = CliRunner.Run(temp.Path, "validate", "--format", "github", "--content", "site/content");

        Assert.Equal(1, exit);
        Assert.StartsWith("::error file=site/content/datasets/cifar-10.yaml,line=2,col=16,title=PD0206::", stdout);
    }

    /// <summary>
    /// A contributor who runs the command on a content folder elsewhere gets paths that a terminal
    /// and an editor open from where they are, not paths from the content folder's parent.
    /// </summary>
    [Fact]
    public void Text_and_json_paths_are_from_the_current_directory()
    {
        var text = CliRunner.Run(null, "validate", "--content", "tests/fixtures/invalid/references/content");
        var json = CliRunner.Run(null, "validate", "--format", "json", "--content", "tests/fixtures/invalid/references/content");
        // A content folder beside the current one, not below it.
        var build = CliRunner.Run(Path.Combine(Repo.Root, "src"), "build", "--quiet", "--content", "../tests/fixtures/invalid/references/content", "--out", Path.Combine(Path.GetTempPath(), "podium-never-written"));

        Assert.Equal(1, text.ExitCode);
        Assert.StartsWith("tests/fixtures/invalid/references/content/datasets/cifar-10.yaml(2,16): error PD0206: ", text.Stderr);
        Assert.True(File.Exists(Path.Combine(Repo.Root, "tests/fixtures/invalid/references/content/datasets/cifar-10.yaml")));
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal("tests/fixtures/invalid/references/content/datasets/cifar-10.yaml",
            document.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
        Assert.Equal(1, build.ExitCode);
        Assert.StartsWith("../tests/fixtures/invalid/references/content/datasets/cifar-10.yaml(2,16): error PD0206: ", build.Stderr);
    }

    [Fact]
    public void Warnings_as_errors_is_an_option_of_validate_and_build()
    {
        var content = Path.Combine(Repo.Fixture("valid", "sota"), "content");
        using var temp = new TempDirectory();

        var validate = CliRunner.Run(null, "validate", "--warnings-as-errors", "--content", content);
        var build = CliRunner.Run(null, "build", "--warnings-as-errors", "--no-search", "--quiet", "--content", content, "--out", temp.Combine("site"));

        Assert.Equal((0, ""), (validate.ExitCode, validate.Stderr));
        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(temp.Combine("site", "index.html")));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_format_reports_the_text_formats_diagnostics(string name)
    {
        var fixture = Repo.Fixture("invalid", name);
        var text = CliRunner.Run(fixture, "validate");
        var github = CliRunner.Run(fixture, "validate", "--format", "github");
        var json = CliRunner.Run(fixture, "validate", "--format", "json");

        Assert.Equal(1, text.ExitCode);
        Assert.Equal(1, github.ExitCode);
        Assert.Equal(1, json.ExitCode);
        var expected = File.ReadAllLines(Path.Combine(fixture, "expected.txt"));
        Assert.Equal(expected, CliRunner.Lines(text.Stderr));
        var diagnostics = expected[..^1];

        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal("", json.Stderr);
        Assert.Equal(diagnostics.Length, document.RootElement.GetProperty("errors").GetInt32());
        var fromJson = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            var hint = d.GetProperty("hint").ValueKind == JsonValueKind.Null ? null : d.GetProperty("hint").GetString();
            return new Diagnostic(d.GetProperty("file").GetString()!,
                new SourcePosition(d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
                d.GetProperty("code").GetString()!, d.GetProperty("message").GetString()!, hint).ToString();
        });
        Assert.Equal(diagnostics, fromJson);

        // Each annotation carries the same file, position, code and text as its text line.
        var fromGitHub = CliRunner.Lines(github.Stdout).Select(line =>
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, "^::error file=(.*),line=(\\d+),col=(\\d+),title=(PD\\d{4})::(.*)$");
            Assert.True(match.Success, line);
            // Annotations are from the repository root, the text from the fixture's folder.
            var file = Path.GetRelativePath(fixture, Path.Combine(Repo.Root, Uri.UnescapeDataString(match.Groups[1].Value))).Replace('\\', '/');
            var message = match.Groups[5].Value.Replace("%0A", "\n", StringComparison.Ordinal).Replace("%0D", "\r", StringComparison.Ordinal)
                .Replace("%25", "%", StringComparison.Ordinal);
            return string.Create(CultureInfo.InvariantCulture, $"{file}({match.Groups[2].Value},{match.Groups[3].Value}): error {match.Groups[4].Value}: {message}");
        });
        Assert.Equal(diagnostics, fromGitHub);
    }

    [Fact]
    public void Valid_content_gives_an_empty_json_report_and_no_annotations()
    {
        var content = Path.Combine(Repo.Fixture("valid", "sota"), "content");

        var json = CliRunner.Run(null, "validate", "--format", "json", "--content", content);
        var github = CliRunner.Run(null, "validate", "--format", "github", "--content", content);

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(0, github.ExitCode);
        Assert.Equal("", github.Stdout);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, stderr) = CliRunner.Run(null, "validate", "--format", "xml");

        Assert.Equal(2, exit);
        Assert.Contains("xml", stderr);
    }

    [Fact]
    public void Annotations_escape_what_would_end_the_command_or_a_property()
    {
        var diagnostic = new Diagnostic("content/results/a,b:c.yaml", new SourcePosition(3, 4), "PD0204", "100% wrong\r\nsecond line", "fix: it, now");

        var line = GitHubAnnotations.Format(diagnostic, diagnostic.File);

        Assert.Equal("::error file=content/results/a%2Cb%3Ac.yaml,line=3,col=4,title=PD0204::100%25 wrong%0D%0Asecond line; fix: it, now", line);
    }
}
