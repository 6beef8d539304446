using Podium.Import;
using Podium.Import.Pwc;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary><c>import pwc</c>: real Papers with Code archives become content that validates and builds.</summary>
public sealed class PwcImportTests
{
    public static TheoryData<string> Archives() =>
        new(Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fixtures", "import", "papers-with-code"), "*.json")
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Archives))]
    public void Each_archive_imports_into_content_that_builds_and_accounts_for_every_row(string archive)
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = PwcImporter.Import(ImportSites.Archive("papers-with-code", archive), content);

        var build = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, temp.Combine("site")));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Equal(ImportSites.CountRows(ImportSites.Archive("papers-with-code", archive)), report.Rows);
        Assert.Equal(report.Rows, report.Imported + report.Skipped.Count);
        Assert.All(report.Files.Written, f => Assert.Contains($"# Imported from Papers with Code ({archive}, CC-BY-SA-4.0) by podium import pwc",
            File.ReadAllText(Path.Combine(content, f)).Split('\n').Take(2)));
    }

    [Fact]
    public void Importing_twice_gives_identical_files_and_a_second_import_into_the_same_folder_adds_nothing()
    {
        using var temp = new TempDirectory();
        var first = ImportSites.EmptyContent(temp, "a");
        var second = ImportSites.EmptyContent(temp, "b");
        var archive = ImportSites.Archive("papers-with-code", "cmrc.json");

        PwcImporter.Import(archive, first);
        PwcImporter.Import(archive, second);
        var again = PwcImporter.Import(archive, first);

        Assert.Equal(ImportSites.Files(first), ImportSites.Files(second));
        Assert.Empty(again.Files.Written);
        Assert.Equal(0, again.Imported);
        Assert.All(again.Skipped, s => Assert.Contains("already", s.Reason));
        Assert.True(SiteBuilder.Validate(first).Succeeded);
    }

    [Fact]
    public void A_paper_in_the_content_is_reused_not_duplicated()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        temp.Write("content/papers/mine-2019.md",
            "---\ntitle: Mine\nauthors: [A. Author]\ndate: 2019-09-05\narxiv: \"1909.10772\"\n---\n");

        var report = PwcImporter.Import(ImportSites.Archive("papers-with-code", "coqa.json"), content);

        Assert.Contains("paper: mine-2019\n", File.ReadAllText(Path.Combine(content, "results", "mine-2019.yaml")));
        Assert.Equal(0, report.Papers);
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void Separate_submissions_under_one_name_are_all_kept_and_numbered_in_archive_order()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = PwcImporter.Import(ImportSites.Archive("papers-with-code", "cmrc.json"), content);

        // CMRC 2018 lists five "Unnamed System (single model)" rows from 2018-09-17 with different scores.
        Assert.Empty(report.Skipped);
        using var site = new BuiltSite(content);
        var models = site.Page("dataset/cmrc-2018-chinese-machine-reading-comprehension-2018/chinese-reading-comprehension/index.html")
            .QuerySelectorAll("table.leaderboard tbody tr").Select(BuiltSite.Model).Where(m => m.StartsWith("Unnamed System", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["Unnamed System (single model)", "Unnamed System (single model) (2)", "Unnamed System (single model) (3)",
            "Unnamed System (single model) (4)", "Unnamed System (single model) (5)"], models);
        Assert.Contains(report.Notes, n => n.Message == "an earlier row has the same model and paper with other values; this one is named `Unnamed System (single model) (5)`");
    }

    [Fact]
    public void An_undated_row_takes_the_date_a_later_row_gives_its_paper_so_a_second_import_adds_nothing()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        // Regression: rows were settled in archive order, so the undated first row was skipped and the second import added it.
        var archive = temp.Write("archive.json", """
            [{"task": "Parsing", "datasets": [{"dataset": "Treebank", "sota": {"metrics": ["F1"], "rows": [
              {"model_name": "Early", "paper_title": "A Parser", "paper_url": "https://example.org/parser.pdf", "paper_date": null, "metrics": {"F1": "90.1"}},
              {"model_name": "Late", "paper_title": "A Parser", "paper_url": "https://example.org/parser.pdf", "paper_date": "2016-03-04", "metrics": {"F1": "91.2"}}
            ]}}]}]
            """);

        var first = PwcImporter.Import(archive, content);
        var second = PwcImporter.Import(archive, content);

        Assert.Equal(2, first.Imported);
        Assert.Contains("date: 2016-03-04\n", File.ReadAllText(Path.Combine(content, "papers", "parser-2016.md")));
        Assert.Empty(second.Files.Written);
    }

    [Fact]
    public void Rows_without_a_date_take_the_month_of_their_arxiv_id_and_say_so()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        PwcImporter.Import(ImportSites.Archive("papers-with-code", "snli.json"), content);

        // "Conneau et al. '17" (arXiv 1705.02364) has no paper_date in the archive.
        var paper = File.ReadAllLines(Path.Combine(content, "papers", "conneau-2017.md"));
        Assert.Contains("date: 2017-05-01   # month of arXiv 1705.02364; the day is not known, correct it", paper);
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void Counts_in_another_multiplier_are_scaled_exactly_and_rows_without_a_model_name_take_the_paper_title()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = PwcImporter.Import(ImportSites.Archive("papers-with-code", "snli.json"), content);
        var reddit = PwcImporter.Import(ImportSites.Archive("papers-with-code", "redditsota.json"), ImportSites.EmptyContent(temp, "reddit"));

        // The archive writes "190k" on a leaderboard whose other counts are in M.
        Assert.Contains("      Parameters: 0.19\n", File.ReadAllText(Path.Combine(content, "results", "pengfei-2016.yaml")));
        Assert.DoesNotContain(report.Notes, n => n.Message.Contains("is in K", StringComparison.Ordinal));
        // redditsota.json gives no model names: 23 rows are imported under their paper's title, each with a note.
        Assert.Equal(23, reddit.Notes.Count(n => n.Message == "no model name: the paper's title stands for it"));
        Assert.Contains(reddit.Skipped, s => s.Row == "Classification / CIFAR-10 / ShakeDrop regularization" && s.Reason.StartsWith("no paper_date", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Error", false)]
    [InlineData("Top-1 Error", false)]
    [InlineData("Perplexity", false)]
    [InlineData("Number of params", false)]
    [InlineData("bits per character", false)]
    [InlineData("Accuracy", true)]
    [InlineData("% Test Accuracy", true)]
    [InlineData("Terrain score", true)]
    public void Metric_direction_is_inferred_from_whole_words_of_the_name(string name, bool higherIsBetter) =>
        Assert.Equal(higherIsBetter, MetricDirection.HigherIsBetter(name));

    [Theory]
    [InlineData("85.1%", "85.1", "%")]
    [InlineData("1.2M", "1.2", "M")]
    [InlineData("10m", "10", "M")]
    [InlineData("0.93", "0.93", null)]
    [InlineData("99.10", "99.10", null)]
    [InlineData("12.5 (±0.3)", "12.5", null)]
    [InlineData("0.8428 ± 0.0014", "0.8428", null)]
    [InlineData("1,234", "1234", null)]
    [InlineData("007", "7", null)]
    public void Metric_values_keep_their_digits_and_give_their_unit(string text, string value, string? unit) =>
        Assert.Equal(new ParsedMetricValue(value, unit), MetricValueText.Parse(text, out _));

    [Theory]
    [InlineData("—")]
    [InlineData("")]
    [InlineData("Please tell us")]
    [InlineData("1,5")]
    public void Unreadable_metric_values_give_a_reason(string text)
    {
        Assert.Null(MetricValueText.Parse(text, out var reason));
        Assert.NotEmpty(reason);
    }

    [Fact]
    public void The_command_reports_skipped_rows_and_a_summary_on_stderr()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var (exit, _, stderr) = CliRunner.Run(null, "import", "pwc", ImportSites.Archive("papers-with-code", "snli.json"), "--out", content);

        Assert.True(exit == 0, stderr);
        var lines = CliRunner.Lines(stderr);
        Assert.Contains("Natural Language Inference / SNLI / 100D DF-LSTM: no paper_date: the paper is not in the content or dated by another row, "
            + "and has no arXiv id, identifier or written year to date it by; add it to papers/ with its date (or pass --undated DATE) and import again", lines);
        // "300D re-read LSTM" (ACL Anthology C16-1270), two IJCAI 2018 and two ACL P18-1091 rows are dated by their
        // identifiers, "Anonymous '18" by its written year; until these were read, the 6 rows were skipped.
        Assert.Contains("imported 57 results (1 tasks, 1 datasets, 36 papers); skipped 7 rows", lines);
        Assert.Contains("dated: 51 by the month of their arXiv id, 5 by the year of an identifier, 1 by a year written in the row", lines);
    }
}
