using Podium.Import;
using Podium.Import.Dating;
using Podium.Import.Pwc;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>
/// <c>import pwc</c> on an archive without dates: every row is dated from what it says (another row of
/// its paper, its arXiv id, identifiers that carry a year, a year written in it) or skipped with why,
/// and <c>--undated</c> dates the rest. The archive (tests/fixtures/import/dating) has one row per
/// pattern, alone and mixed with conflicting ones.
/// </summary>
public sealed class PwcDatingTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly string Archive = ImportSites.Archive("dating", "undated-archive.json");

    private const string Unknown = "; the day is not known, correct it";

    /// <summary>Each paper's <c>date:</c> line by its title, as written.</summary>
    private static SortedDictionary<string, string> PaperDates(string content) =>
        new(Directory.GetFiles(Path.Combine(content, "papers"), "*.md").Select(File.ReadAllLines).ToDictionary(
            lines => lines.Single(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..].Trim('"'),
            lines => lines.Single(l => l.StartsWith("date: ", StringComparison.Ordinal))), StringComparer.Ordinal);

    [Fact]
    public void Every_row_is_dated_by_the_first_thing_it_says_that_can_be_right()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        PwcImporter.Import(Archive, content, new PwcImportOptions(Today: Today));

        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            // Its own date; "Other Row" names the same paper without one and takes it.
            ["Dated Paper"] = "date: 2020-12-01",
            ["Preprint Paper"] = "date: 2018-05-01   # month of arXiv 1805.01234" + Unknown,
            // Identifiers that carry a year, each alone.
            ["Paper A"] = "date: 2018-01-01   # year of ACL Anthology P18-1031" + Unknown,
            ["Paper B (D19-1410)"] = "date: 2019-01-01   # year of ACL Anthology D19-1410" + Unknown,
            ["Paper C"] = "date: 2020-01-01   # year of ACL Anthology 2020.acl-main.447" + Unknown,
            ["Paper D"] = "date: 2017-01-01   # year of ACL Anthology W17-4717" + Unknown,
            ["Paper E"] = "date: 2017-01-01   # year of the NeurIPS 2017 proceedings link" + Unknown,
            ["Paper F"] = "date: 2020-01-01   # year of the NeurIPS 2020 proceedings link" + Unknown,
            ["Paper G"] = "date: 2018-01-01   # year of the CVF CVPR 2018 open-access link" + Unknown,
            ["Paper H"] = "date: 2019-01-01   # year of PMLR volume 97 (ICML 2019)" + Unknown,
            ["Paper I"] = "date: 2014-01-01   # year of JMLR volume 15" + Unknown,
            ["Paper J"] = "date: 2018-01-01   # year of the AAAI 2018 proceedings link" + Unknown,
            ["Paper K"] = "date: 2019-01-01   # year of DOI 10.1609/aaai.v33i01.33013159 (AAAI volume 33)" + Unknown,
            ["Paper L"] = "date: 2019-01-01   # year of the IJCAI 2019 proceedings link" + Unknown,
            ["Paper M"] = "date: 2019-01-01   # year of the Interspeech 2019 archive link" + Unknown,
            ["Paper N"] = "date: 2016-01-01   # year of DOI 10.1109/CVPR.2016.90" + Unknown,
            ["Paper O"] = "date: 2017-01-01   # year of ACL Anthology P17-1001" + Unknown,
            // Years written in the row, each alone.
            ["Paper P"] = "date: 2018-01-01   # year written in the row (\"(2018)\")" + Unknown,
            ["Smith et al., 2017"] = "date: 2017-01-01   # year written in the row (\"et al., 2017\")" + Unknown,
            ["Paper R"] = "date: 2017-01-01   # year written in the row (\"'17\")" + Unknown,
            // Mixed: an agreeing year changes nothing; an identifier comes before a written year; an
            // arXiv id before both; a date in the future or an impossible arXiv id is passed over.
            ["Paper S (2018)"] = "date: 2018-01-01   # year of ACL Anthology P18-1032" + Unknown,
            ["Paper T '16"] = "date: 2018-01-01   # year of ACL Anthology P18-1033" + Unknown,
            ["Paper W"] = "date: 2017-05-01   # month of arXiv 1705.02364" + Unknown,
            ["Paper X"] = "date: 2016-01-01   # year of ACL Anthology P16-1001" + Unknown,
            ["Paper Z"] = "date: 2017-01-01   # year written in the row (\"(2017)\")" + Unknown,
            // The first row of this paper says nothing; the second row's identifier dates both.
            ["Paper AD"] = "date: 2018-01-01   # year of ACL Anthology D18-1001" + Unknown,
        };
        Assert.Equal(expected, PaperDates(content));
        Assert.Contains("    model: \"First Of Two\"\n", File.ReadAllText(Path.Combine(content, "results", "paper-2018-7.yaml")));
    }

    [Fact]
    public void The_report_counts_rows_by_how_they_were_dated_and_says_why_the_others_were_not()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = PwcImporter.Import(Archive, content, new PwcImportOptions(Today: Today));

        Assert.Equal(36, report.Rows);
        Assert.Equal(28, report.Imported);
        Assert.Equal(1, report.RowsDatedBy(DatedBy.Given));
        Assert.Equal(2, report.RowsDatedBy(DatedBy.OtherRow));
        Assert.Equal(2, report.RowsDatedBy(DatedBy.Arxiv));
        Assert.Equal(19, report.RowsDatedBy(DatedBy.Identifier));
        Assert.Equal(4, report.RowsDatedBy(DatedBy.WrittenYear));
        Assert.Equal(0, report.RowsDatedBy(DatedBy.Undated));
        Assert.Equal("dated: 1 by their own date, 2 by another row of the same paper, 2 by the month of their arXiv id, 19 by the year of an identifier, 4 by a year written in the row",
            report.DatingSummary);

        var why = report.Skipped.ToDictionary(s => s.Row["Dating / Patterns / ".Length..], s => s.Reason, StringComparer.Ordinal);
        Assert.Equal(8, why.Count);
        Assert.All(why.Values, r => Assert.StartsWith("no paper_date: ", r, StringComparison.Ordinal));
        Assert.EndsWith("not used for the date: the identifiers give different years (ACL Anthology P18-1034: 2018, ACL Anthology W17-4718: 2017)", why["Conflicting Identifiers"]);
        // Identifiers that disagree are not settled by a year written in the row.
        Assert.EndsWith("not used for the date: the identifiers give different years (ACL Anthology P18-1035: 2018, the NeurIPS 2017 proceedings link: 2017)",
            why["Conflicting Identifiers And A Year (2018)"]);
        Assert.EndsWith("the years written in the row give different years (year written in the row (\"(2017)\"): 2017, year written in the row (\"et al., 2018\"): 2018)",
            why["Conflicting Written Years (2017)"]);
        Assert.EndsWith("`P21-1031` is not an ACL Anthology id: the two-digit form ended in 2019", why["Impossible ACL Id"]);
        // The archive's newest year is 2020 (its only dated row): 2025 is not plausible.
        Assert.EndsWith("the NeurIPS 2025 proceedings link gives 2025, outside 1950 to 2020 (the newest year of the archive)", why["After The Newest Year"]);
        Assert.EndsWith("PMLR volume 999 is not in the importer's table of volumes", why["Unknown PMLR Volume"]);
        Assert.EndsWith("year written in the row (\"(1923)\") gives 1923, outside 1950 to 2020 (the newest year of the archive)", why["Before 1950 (1923)"]);
        Assert.EndsWith("add it to papers/ with its date (or pass --undated DATE) and import again", why["Nothing"]);

        // Rows dated in spite of something they say have a note for each thing passed over.
        var notes = report.Notes.Select(n => $"{n.Row["Dating / Patterns / ".Length..]}: {n.Message}").ToList();
        Assert.Equal([
            "Identifier Over Written: not used for the date: year written in the row (\"'16\") gives 2016, ACL Anthology P18-1033 gives 2018",
            "Year Before ArXiv '15: not used for the date: year written in the row (\"'15\") gives 2015, before arXiv 1705.02364",
            "Future Date: not used for the date: paper_date 2031-01-01 is in the future",
            "Impossible ArXiv Id (2017): not used for the date: arXiv id 1713.01234 is impossible (no such month)",
        ], notes);
    }

    [Fact]
    public void Undated_dates_the_rows_left_with_a_comment_and_what_is_written_validates_builds_and_imports_again_as_nothing()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        var options = new PwcImportOptions(Undated: new DateOnly(2015, 6, 30), Today: Today);

        var report = PwcImporter.Import(Archive, content, options);
        var again = PwcImporter.Import(Archive, content, options);

        Assert.Equal(36, report.Imported);
        Assert.Equal(8, report.RowsDatedBy(DatedBy.Undated));
        var dates = PaperDates(content);
        Assert.Equal("date: 2015-06-30   # no date in the archive: given with --undated; the day is not known, correct it", dates["Paper AE"]);
        Assert.Equal("date: 2015-06-30   # no date in the archive: given with --undated; the day is not known, correct it", dates["Paper U (W17-4718)"]);
        // Rows dated otherwise keep their dates.
        Assert.Equal("date: 2018-01-01   # year of ACL Anthology P18-1031" + Unknown, dates["Paper A"]);
        var build = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, temp.Combine("site")));
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Empty(again.Files.Written);
        Assert.Equal(0, again.Imported);
    }

    [Fact]
    public void Two_imports_give_the_same_bytes_and_the_row_order_does_not_change_a_date()
    {
        using var temp = new TempDirectory();
        var first = ImportSites.EmptyContent(temp, "a");
        var second = ImportSites.EmptyContent(temp, "b");
        var reversed = ImportSites.EmptyContent(temp, "c");
        var text = File.ReadAllText(Archive);
        // The same archive with its rows in the opposite order.
        var document = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var rows = document[0]!["datasets"]![0]!["sota"]!["rows"]!.AsArray();
        var backwards = rows.Select(r => r!.DeepClone()).Reverse().ToList();
        rows.Clear();
        foreach (var row in backwards) rows.Add(row);
        var archive = temp.Write("reversed/undated-archive.json", document.ToJsonString());

        PwcImporter.Import(Archive, first, new PwcImportOptions(Today: Today));
        PwcImporter.Import(Archive, second, new PwcImportOptions(Today: Today));
        PwcImporter.Import(archive, reversed, new PwcImportOptions(Today: Today));

        Assert.Equal(ImportSites.Files(first), ImportSites.Files(second));
        Assert.Equal(PaperDates(first), PaperDates(reversed));
        Assert.True(SiteBuilder.Validate(first).Succeeded);
    }

    [Theory]
    [InlineData("https://www.aclweb.org/anthology/C/C16/C16-1270.pdf", 2016)]
    [InlineData("see N19-1423 for details", 2019)]
    [InlineData("https://aclanthology.org/2021.findings-emnlp.12/", 2021)]
    [InlineData("https://www.aclweb.org/anthology/H93-1001", 1993)]
    [InlineData("http://papers.neurips.cc/paper/2019/file/x.pdf", 2019)]
    [InlineData("https://openaccess.thecvf.com/content/ICCV2021/html/x.html", 2021)]
    [InlineData("https://www.ecva.net/papers/eccv_2020/papers_ECCV/html/x.php", 2020)]
    [InlineData("http://www.jmlr.org/proceedings/papers/v37/ioffe15.html", 2015)]
    [InlineData("https://www.aaai.org/Papers/AAAI/2008/AAAI08-123.pdf", 2008)]
    [InlineData("https://www.ijcai.org/Proceedings/16/Papers/123.pdf", 2016)]
    [InlineData("https://doi.org/10.24963/ijcai.2019/123", 2019)]
    [InlineData("https://doi.org/10.21437/Interspeech.2019-1234", 2019)]
    [InlineData("https://www.isca-archive.org/interspeech_2023/x23_interspeech.html", 2023)]
    public void Identifiers_give_the_year_their_form_carries(string text, int year) =>
        Assert.Equal(year, Assert.Single(IdentifierYears.Find(text)).Year);

    [Theory]
    [InlineData("ResNet B12-3456")]
    [InlineData("https://openreview.net/forum?id=rylNzLFEkm")]
    [InlineData("https://papers.nips.cc/paper/7181-attention-is-all-you-need")]
    [InlineData("https://doi.org/10.1145/3292500.3330701")]
    public void Text_without_such_an_identifier_gives_no_year(string text) => Assert.Empty(IdentifierYears.Find(text));

    [Theory]
    [InlineData("Conneau et al. '17", 2020, 2017)]
    [InlineData("Bengio et al. '98", 2020, 1998)]
    [InlineData("Lei Sha et al., 2016", 2020, 2016)]
    [InlineData("Model (2019)", 2020, 2019)]
    public void Written_years_read_two_digits_as_the_latest_plausible_century(string text, int newest, int year) =>
        Assert.Equal(year, Assert.Single(WrittenYears.Find(text, newest)).Year);

    [Fact]
    public void The_command_takes_undated_and_prints_how_rows_were_dated()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var (exit, _, stderr) = CliRunner.Run(null, "import", "pwc", Archive, "--out", content, "--undated", "2015-06-30");
        var (badExit, _, badStderr) = CliRunner.Run(null, "import", "pwc", Archive, "--out", content, "--undated", "June 2015");

        Assert.True(exit == 0, stderr);
        Assert.Contains("imported 36 results (1 tasks, 1 datasets, 34 papers); skipped 0 rows", CliRunner.Lines(stderr));
        Assert.Contains(CliRunner.Lines(stderr), l => l.StartsWith("dated: ", StringComparison.Ordinal) && l.EndsWith(", 8 by --undated", StringComparison.Ordinal));
        Assert.Equal(2, badExit);
        Assert.Contains("error: --undated `June 2015` is not a YYYY-MM-DD date", badStderr);
    }
}
