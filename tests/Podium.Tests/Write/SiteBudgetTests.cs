using Podium.Diagnostics;
using Podium.Tests.Support;
using Podium.Write;

namespace Podium.Tests.Write;

public sealed class SiteBudgetTests
{
    [Fact]
    public void Sizes_are_summed_by_section_with_the_largest_pages()
    {
        var size = SiteSize.Of(
        [
            ("paper/a/index.html", 1200), ("paper/b/index.html", 800), ("author/x/index.html", 500),
            ("dataset/d/t/index.html", 3000), ("dataset/d/t/leaderboard.json", 700), ("dataset/d/t/badge/r.svg", 90),
            ("dataset/d/t/feed.xml", 40), ("data/podium.json.gz", 60), ("pagefind/x.pf_index", 10), ("index.html", 5),
        ]);

        Assert.Equal(6405, size.Bytes);
        Assert.Equal(10, size.Files);
        var paper = size.Sections.Single(s => s.Name == "paper pages");
        Assert.Equal((2, 2000L, 1200L), (paper.Files, paper.Bytes, paper.LargestFile));
        Assert.Equal(90, size.Sections.Single(s => s.Name == "badges").Bytes);
        Assert.Equal(700, size.Sections.Single(s => s.Name == "leaderboard data (CSV, JSON)").Bytes);
        Assert.Equal("dataset/d/t/index.html", size.Largest[0].Path);
    }

    [Theory]
    [InlineData("1GB", 1_000_000_000L)]
    [InlineData("800 MB", 800_000_000L)]
    [InlineData("1.5g", 1_500_000_000L)]
    [InlineData("500000", 500_000L)]
    public void Sizes_are_read_in_decimal_units(string text, long bytes) => Assert.Equal(bytes, SiteSize.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("-1GB")]
    [InlineData("lots")]
    public void Nonsense_sizes_are_refused(string text) => Assert.Null(SiteSize.Parse(text));

    [Fact]
    public void A_site_over_github_pages_limit_is_a_warning_that_names_the_limit()
    {
        using var temp = new TempDirectory();
        var bag = new DiagnosticBag();
        var written = new WriteStats(2, 0, 0) { Sizes = [("paper/a/index.html", 700_000_000), ("author/b/index.html", 400_000_000)] };

        var size = SiteBudget.Check(temp.Path, written, maxBytes: null, bag);

        var warning = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("PD0903", warning.Code);
        Assert.Contains("1.10 GB", warning.Message);
        Assert.Equal(1_100_000_000, size.Bytes);
    }

    [Fact]
    public void A_build_over_max_size_fails_and_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var content = Repo.Fixture("valid", "ranking") + "/content";
        var first = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
        Assert.True(first.Succeeded);
        Assert.NotNull(first.Size);
        Assert.Equal(first.Files.Total, first.Size!.Files);
        var before = SiteWriterTests.Snapshot(output);
        File.Delete(Path.Combine(output, "robots.txt")); // a file the next build would write back

        var result = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, MaxBytes: first.Size.Bytes - 1));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PD0903", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("nothing was written", error.Message);
        Assert.False(File.Exists(Path.Combine(output, "robots.txt")));
        Assert.Equal(before.Count - 1, SiteWriterTests.Snapshot(output).Count);
        Assert.Empty(Directory.GetDirectories(temp.Path, ".site.*"));
    }
}
