using Podium.Tests.Support;

namespace Podium.Tests.Write;

/// <summary>A rebuild rewrites only the files whose bytes changed, and removes files the site no longer has.</summary>
public sealed class IncrementalWriteTests
{
    private static readonly DateTime Old = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static (TempDirectory Temp, string Content, string Output) FreshCopy()
    {
        var temp = new TempDirectory();
        var content = temp.Combine("content");
        SiteWriterTests.CopyDirectory(Path.Combine(Repo.Fixture("valid", "ranking"), "content"), content);
        return (temp, content, temp.Combine("site"));
    }

    private static void MarkAllOld(string folder)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, Old);
    }

    private static List<string> Rewritten(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => File.GetLastWriteTimeUtc(f) != Old)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_rebuild_of_unchanged_content_writes_nothing()
    {
        var (temp, content, output) = FreshCopy();
        using var _ = temp;
        var first = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
        Assert.True(first.Succeeded);
        Assert.Equal(first.Files.Total, first.Files.Written);
        MarkAllOld(output);

        var second = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Files.Written);
        Assert.Equal(first.Files.Total, second.Files.Unchanged);
        Assert.Empty(Rewritten(output));
    }

    [Fact]
    public void Editing_one_value_rewrites_only_the_pages_that_show_it()
    {
        var (temp, content, output) = FreshCopy();
        using var _ = temp;
        Assert.True(SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output)).Succeeded);
        MarkAllOld(output);
        var results = Path.Combine(content, "results", "alpha-2020.yaml");
        FileEdit.ReplaceOnce(results, "Perplexity: 20.5", "Perplexity: 20.25");

        var rebuild = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));

        Assert.True(rebuild.Succeeded);
        var rewritten = Rewritten(output);
        Assert.Equal(rebuild.Files.Written, rewritten.Count);
        Assert.Contains("dataset/text/language-modelling/index.html", rewritten);
        Assert.Contains("paper/alpha-2020/index.html", rewritten);
        Assert.DoesNotContain("paper/gamma-2019/index.html", rewritten);
        Assert.DoesNotContain("assets/style.css", rewritten);
        // The data files that hold the value change with it; the site dump is written as a stream and compared on disk.
        Assert.Contains("dataset/text/language-modelling/leaderboard.csv", rewritten);
        Assert.Contains("data/podium.json.gz", rewritten);
        using (var gzip = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(output, "data", "podium.json.gz")), System.IO.Compression.CompressionMode.Decompress))
        {
            Assert.Contains("20.25", new StreamReader(gzip).ReadToEnd());
        }
        Assert.DoesNotContain("dataset/toy/classification/leaderboard.json", rewritten);
        Assert.InRange(rewritten.Count, 2, rebuild.Files.Total / 2);
        Assert.Contains("20.25", File.ReadAllText(Path.Combine(output, "dataset", "text", "language-modelling", "index.html")));
    }

    [Fact]
    public void Files_the_site_no_longer_has_are_removed_with_their_empty_folders()
    {
        var (temp, content, output) = FreshCopy();
        using var _ = temp;
        Assert.True(SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output)).Succeeded);
        temp.Write("site/paper/retired-2000/index.html", "<p>old</p>");

        var rebuild = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));

        Assert.True(rebuild.Succeeded);
        Assert.Equal(1, rebuild.Files.Deleted);
        Assert.False(Directory.Exists(Path.Combine(output, "paper", "retired-2000")));
        Assert.True(File.Exists(Path.Combine(output, "paper", "alpha-2020", "index.html")));
    }
}
