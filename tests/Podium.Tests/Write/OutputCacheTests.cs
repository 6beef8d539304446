using Podium.Preview;
using Podium.Tests.Support;
using Podium.Write;

namespace Podium.Tests.Write;

/// <summary>
/// The output cache lets a rebuild skip files whose inputs did not change, and never makes a build
/// differ from a clean one: after every kind of edit, the incremental output is byte for byte the
/// output of a clean build of the same files, and anything that could make the cache lie drops it.
/// </summary>
public sealed class OutputCacheTests
{
    private sealed class Site : IDisposable
    {
        private readonly TempDirectory _temp = new();

        public Site()
        {
            Cli.CliRunner.CopyFolder(Repo.Content, Content);
            Cli.CliRunner.CopyFolder(Repo.Templates, Templates);
        }

        public string Content => _temp.Combine("content");
        public string Templates => _temp.Combine("templates");
        public string Output => _temp.Combine("site");

        public BuildResult Build(bool clean = false, string? output = null, Uri? baseUrl = null)
        {
            var result = SiteBuilder.Build(new BuildOptions(Content, Templates, output ?? Output, BaseUrl: baseUrl, Clean: clean));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result;
        }

        /// <summary>Builds the same files from nothing, into a fresh folder, and compares every file with the output.</summary>
        public void AssertSameAsClean(Uri? baseUrl = null)
        {
            var clean = _temp.Combine("clean-" + Guid.NewGuid().ToString("N"));
            var result = Build(clean: true, output: clean, baseUrl: baseUrl);
            Assert.Equal(0, result.Files.Skipped);
            AssertSameFiles(clean, Output);
            Directory.Delete(clean, recursive: true);
        }

        public string Path(string relative) => System.IO.Path.Combine(Content, relative);

        public void Dispose() => _temp.Dispose();
    }

    internal static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        var expected = Files(expectedFolder);
        Assert.Equal(expected, Files(actualFolder));
        foreach (var file in expected)
        {
            Assert.True(File.ReadAllBytes(System.IO.Path.Combine(expectedFolder, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(System.IO.Path.Combine(actualFolder, file))), $"{file} differs from a clean build");
        }
    }

    private static List<string> Files(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static void Prepend(string path, string text) => File.WriteAllText(path, text + File.ReadAllText(path));

    [Fact]
    public void After_every_kind_of_edit_an_incremental_build_equals_a_clean_build()
    {
        using var site = new Site();
        var first = site.Build();
        Assert.Equal(0, first.Files.Skipped);
        Assert.True(File.Exists(OutputCache.PathFor(site.Output)));

        var unchanged = site.Build();
        Assert.Equal(0, unchanged.Files.Written);
        Assert.True(unchanged.Files.Skipped > first.Files.Total / 3, $"only {unchanged.Files.Skipped} of {first.Files.Total} files skipped");

        (string Edit, Action Apply, bool SkipsSome)[] edits =
        [
            ("result", () => FileEdit.ReplaceOnce(site.Path("results/wide-resnet-2016.yaml"), "Accuracy: 96.20", "Accuracy: 97.20"), true),
            ("paper", () => FileEdit.ReplaceOnce(site.Path("papers/alexnet-2012.md"), "title: \"ImageNet Classification", "title: \"Large ImageNet Classification"), true),
            ("dataset", () => FileEdit.ReplaceOnce(site.Path("datasets/cifar-10.yaml"), "60,000 small colour photos", "Sixty thousand small colour photos"), true),
            ("template", () => Prepend(System.IO.Path.Combine(site.Templates, "paper.sbn-html"), "<!-- edited -->\n"), false),
            ("asset", () => File.AppendAllText(System.IO.Path.Combine(site.Templates, "assets", "style.css"), "\n.edited { color: red; }\n"), false),
            ("deletion", () =>
            {
                File.Delete(site.Path("results/alexnet-2012.yaml"));
                File.Delete(site.Path("papers/eas-2017.md"));
            }, true),
            ("rename", () => File.Move(site.Path("results/apac-2015.yaml"), site.Path("results/apac-2015-cifar.yaml")), true),
        ];
        foreach (var (edit, apply, skipsSome) in edits)
        {
            apply();
            var incremental = site.Build();
            Assert.True(incremental.Files.Written > 0, $"the {edit} edit wrote nothing");
            if (skipsSome) Assert.True(incremental.Files.Skipped > 0, $"the {edit} edit skipped nothing");
            else Assert.Equal(0, incremental.Files.Skipped);
            site.AssertSameAsClean();
        }
    }

    [Fact]
    public void A_value_only_a_long_boards_chart_shows_is_drawn_again()
    {
        // On a board of 300 rows the page's table shows the first 100; a row near the bottom is on
        // the page only as a point of its charts, which are drawn when the page is written.
        using var temp = new TempDirectory();
        var content = LongBoardSite.Write(temp, rows: 300);
        var output = temp.Combine("site");
        SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
        var page = System.IO.Path.Combine(output, LongBoardSite.BoardPage);
        var before = File.ReadAllText(page);

        var file = Directory.GetFiles(System.IO.Path.Combine(content, "results"), "*-6.yaml").Single();
        // Its Top-5 accuracy: the ranking metric's value would also move it on the cost chart, drawn with the page's view.
        File.WriteAllText(file, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(file), @"""Top-5 Accuracy"": [0-9.]+", "\"Top-5 Accuracy\": 41.0"));
        var incremental = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.NotEqual(before, File.ReadAllText(page));

        var clean = temp.Combine("clean");
        SiteBuilder.Build(new BuildOptions(content, Repo.Templates, clean, Clean: true));
        AssertSameFiles(clean, output);
    }

    [Fact]
    public void A_change_of_base_url_renders_every_file_again()
    {
        using var site = new Site();
        site.Build();
        var moved = new Uri("https://example.org/elsewhere/");

        var rebuilt = site.Build(baseUrl: moved);

        Assert.Equal(0, rebuilt.Files.Skipped);
        site.AssertSameAsClean(moved);
    }

    [Fact]
    public void A_damaged_cache_is_a_clean_build()
    {
        using var site = new Site();
        site.Build();
        var cache = OutputCache.PathFor(site.Output);
        var bytes = File.ReadAllBytes(cache);
        File.WriteAllBytes(cache, bytes.AsSpan(0, bytes.Length / 2).ToArray());
        FileEdit.ReplaceOnce(site.Path("results/wide-resnet-2016.yaml"), "Accuracy: 96.20", "Accuracy: 97.20");

        var rebuilt = site.Build();

        Assert.Equal(0, rebuilt.Files.Skipped);
        site.AssertSameAsClean();
        // The build wrote a whole cache again: the next build trusts it.
        Assert.True(site.Build().Files.Skipped > 0);
    }

    [Fact]
    public void A_cache_of_other_shared_inputs_or_another_format_is_empty()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("cache");
        OutputCache.Write(path, key: 1, [("index.html", new CachedOutput(7, 10, 20))]);
        Assert.True(OutputCache.Read(path, key: 1).TryGet("index.html", out var entry));
        Assert.Equal(new CachedOutput(7, 10, 20), entry);

        // Another build of Podium, other templates or another base URL: another key.
        Assert.Equal(0, OutputCache.Read(path, key: 2).Count);
        File.WriteAllText(path, "not a cache");
        Assert.Equal(0, OutputCache.Read(path, key: 1).Count);
        Assert.Equal(0, OutputCache.Read(temp.Combine("missing"), key: 1).Count);
    }

    [Fact]
    public void Damaged_parsed_files_are_parsed_again_and_content_errors_are_reported_on_every_build()
    {
        using var site = new Site();
        site.Build();
        var data = Podium.Load.ParsedFileCache.PathFor(site.Output) + ".data";
        var bytes = File.ReadAllBytes(data);
        Assert.True(bytes.Length > 1000);
        for (var i = 0; i < bytes.Length; i += 97) bytes[i] ^= 0x5A;
        File.WriteAllBytes(data, bytes);
        FileEdit.ReplaceOnce(site.Path("papers/alexnet-2012.md"), "title: \"ImageNet Classification", "title: \"Large ImageNet Classification");

        site.Build();
        site.AssertSameAsClean();

        // A broken file is never kept parsed: its diagnostic comes back on the next build too.
        FileEdit.ReplaceOnce(site.Path("results/wide-resnet-2016.yaml"), "Accuracy: 96.20", "Accuracy: [96.20");
        for (var run = 0; run < 2; run++)
        {
            var failed = SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, site.Output));
            Assert.Contains(failed.Diagnostics, d => d.IsError && d.File.EndsWith("wide-resnet-2016.yaml", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Output_files_changed_or_deleted_by_hand_are_written_again()
    {
        using var site = new Site();
        site.Build();
        var page = System.IO.Path.Combine(site.Output, "paper", "alexnet-2012", "index.html");
        var other = System.IO.Path.Combine(site.Output, "paper", "resnet-2015", "index.html");
        var badge = Directory.GetFiles(site.Output, "*.svg", SearchOption.AllDirectories).First(f => f.Contains("badge", StringComparison.Ordinal));
        // Same size, other bytes: only the date tells.
        var text = File.ReadAllText(page);
        File.WriteAllText(page, text.Replace("<html", "<HTML", StringComparison.Ordinal));
        File.Delete(other);
        File.WriteAllText(badge, "<svg/>");

        var rebuilt = site.Build();

        Assert.Equal(3, rebuilt.Files.Written);
        Assert.Equal(text, File.ReadAllText(page));
        site.AssertSameAsClean();
    }

    [Fact]
    public void Clean_renders_every_file_and_a_failed_build_keeps_the_last_cache()
    {
        using var site = new Site();
        var first = site.Build();
        Assert.Equal(0, site.Build(clean: true).Files.Skipped);

        var cache = File.ReadAllBytes(OutputCache.PathFor(site.Output));
        File.AppendAllText(System.IO.Path.Combine(site.Templates, "paper.sbn-html"), "\n{{ no_such_field }}\n");
        Assert.False(SiteBuilder.Build(new BuildOptions(site.Content, site.Templates, site.Output)).Succeeded);
        Assert.Equal(cache, File.ReadAllBytes(OutputCache.PathFor(site.Output)));
        Assert.Equal(first.Files.Total, Files(site.Output).Count);
    }

    [Fact]
    public void The_preview_after_a_series_of_edits_serves_what_a_clean_build_writes()
    {
        using var site = new Site();
        var preview = new PreviewSite(site.Content, site.Templates, new Uri("http://127.0.0.1:8000/"));
        Assert.True(preview.Update(null).Succeeded);

        var result = site.Path("results/wide-resnet-2016.yaml");
        FileEdit.ReplaceOnce(result, "Accuracy: 96.20", "Accuracy: 97.20");
        Assert.True(preview.Update([result]).Succeeded);
        var paper = site.Path("papers/alexnet-2012.md");
        FileEdit.ReplaceOnce(paper, "title: \"ImageNet Classification", "title: \"Large ImageNet Classification");
        Assert.True(preview.Update([paper]).Succeeded);
        var deleted = site.Path("results/alexnet-2012.yaml");
        File.Delete(deleted);
        Assert.True(preview.Update([deleted]).Succeeded);
        var template = System.IO.Path.Combine(site.Templates, "paper.sbn-html");
        Prepend(template, "<!-- edited -->\n");
        Assert.True(preview.Update([template]).Succeeded);

        var built = site.Build(clean: true, baseUrl: new Uri("http://127.0.0.1:8000/"));
        Assert.Equal(built.Files.Total, Files(site.Output).Count);
        foreach (var file in Files(site.Output))
        {
            var served = preview.Get(file);
            Assert.NotNull(served);
            Assert.True(File.ReadAllBytes(System.IO.Path.Combine(site.Output, file)).AsSpan().SequenceEqual(served), $"{file}: serve differs from build");
        }
        Assert.Null(preview.Get("results/alexnet-2012/index.html"));
        Assert.Contains("97.20", System.Text.Encoding.UTF8.GetString(preview.Get("paper/wide-resnet-2016/index.html")!));
    }
}
