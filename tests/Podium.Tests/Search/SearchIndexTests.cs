using System.Security.Cryptography;
using System.Text.Json;
using Podium.Search;
using Podium.Tests.Support;

namespace Podium.Tests.Search;

/// <summary>The Search stage: Pagefind's index of the written site, in Chinese too, and the same bytes on every build.</summary>
public sealed class SearchIndexTests
{
    [NodeFact]
    public void Chinese_pages_are_indexed_as_chinese()
    {
        using var site = new BuiltSite(Repo.Fixture("valid", "zh") + "/content", search: true);
        Assert.True(site.Result.Search?.Indexed == true, site.Result.Search?.Message);

        using var entry = JsonDocument.Parse(site.Text("pagefind/pagefind-entry.json"));
        var languages = entry.RootElement.GetProperty("languages");
        var zh = languages.GetProperty("zh");
        // One record per task, dataset, leaderboard, paper and author page.
        var indexed = site.HtmlFiles().Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Count(f => f.Split('/')[0] is "task" or "dataset" or "paper" or "author" && f.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Equal(indexed, zh.GetProperty("page_count").GetInt32());
        Assert.Single(languages.EnumerateObject());
        Assert.Matches(@"^search index: \d+ pages indexed by Pagefind in 1 index$", site.Result.Search!.Message);
    }

    [NodeFact]
    public void Two_builds_of_the_same_content_write_the_same_index()
    {
        using var first = new BuiltSite(Repo.Fixture("valid", "sota") + "/content", search: true);
        using var second = new BuiltSite(Repo.Fixture("valid", "sota") + "/content", search: true);
        Assert.True(first.Result.Search?.Indexed == true, first.Result.Search?.Message);

        var a = Hashes(Path.Combine(first.Output, PagefindIndexer.OutputFolder));
        Assert.NotEmpty(a);
        Assert.Equal(a, Hashes(Path.Combine(second.Output, PagefindIndexer.OutputFolder)));
    }

    [NodeFact]
    public void A_rebuild_keeps_the_index_that_the_write_stage_does_not_know_about()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var content = Repo.Fixture("valid", "sota") + "/content";
        Assert.True(SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, Search: true)).Search!.Indexed);
        var rebuild = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, Search: false));
        Assert.Equal(0, rebuild.Files.Deleted);
        Assert.True(File.Exists(Path.Combine(output, "pagefind", "pagefind-entry.json")));
    }

    [NodeFact]
    public void A_site_bigger_than_one_index_gets_parts_that_hold_every_page_once()
    {
        using var site = new BuiltSite(Repo.Content, search: true);
        var model = site.Result.Model!;
        var records = SearchRecords.Of(model, new Podium.Render.SiteUrls(model.Site), Podium.Render.UiStrings.Load(Repo.Templates, model.Site.Language), model.Groups.Value).ToList();
        var result = PagefindIndexer.Run(site.Output, Repo.Root, records, model.Site.Language, pagesPerIndex: 100);
        var parts = (records.Count + 99) / 100;
        Assert.Equal($"search index: {records.Count} pages indexed by Pagefind in {parts} indexes", result.Message);

        var folder = Path.Combine(site.Output, PagefindIndexer.OutputFolder);
        var listed = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(folder, "parts.json")))!;
        Assert.Equal(Enumerable.Range(2, parts - 1).Select(n => $"part-{n}/"), listed);
        var counts = new[] { "" }.Concat(listed).Select(part =>
        {
            using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, part, "pagefind-entry.json")));
            return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
        }).ToList();
        Assert.All(counts, c => Assert.InRange(c, 1, 100));
        Assert.Equal(records.Count, counts.Sum());
    }

    [NodeFact]
    public void An_index_given_the_same_records_is_kept_and_made_again_when_they_change()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        Cli.CliRunner.CopyFolder(Repo.Fixture("valid", "sota") + "/content", content);
        // The search stage finds Pagefind above the content folder: the repository's, linked in.
        File.Copy(Path.Combine(Repo.Root, "package.json"), temp.Combine("package.json"));
        Directory.CreateSymbolicLink(temp.Combine("node_modules"), Path.Combine(Repo.Root, "node_modules"));
        var output = temp.Combine("site");
        BuildResult Build() => SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, Search: true));

        var first = Build().Search!;
        Assert.Matches(@"^search index: \d+ pages indexed by Pagefind in 1 index$", first.Message);
        var entry = Path.Combine(output, PagefindIndexer.OutputFolder, "pagefind-entry.json");
        var written = File.GetLastWriteTimeUtc(entry);

        // A new value changes pages but not what readers search them by: Pagefind is not run.
        var results = Path.Combine(content, "results", "baseline.yaml");
        File.WriteAllText(results, File.ReadAllText(results).Replace("Error rate: 7.25", "Error rate: 7.15", StringComparison.Ordinal));
        var kept = Build().Search!;
        Assert.True(kept.Indexed);
        Assert.Matches(@"^search index: \d+ pages indexed by Pagefind in 1 index, unchanged \(", kept.Message);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));

        // A new model name is searched for: the index is made again.
        File.WriteAllText(results, File.ReadAllText(results).Replace("Baseline G", "Baseline H", StringComparison.Ordinal));
        var remade = Build().Search!;
        Assert.DoesNotContain("unchanged", remade.Message, StringComparison.Ordinal);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(entry));
    }

    [Fact]
    public void Without_a_package_json_the_stage_says_what_to_do()
    {
        using var temp = new TempDirectory();
        var result = PagefindIndexer.Run(temp.Path, toolsDirectory: null, [], "en");
        Assert.False(result.Indexed);
        Assert.Contains("--no-search", result.Message);
        Assert.Null(PagefindIndexer.FindToolsDirectory(temp.Path));
        Assert.Equal(Repo.Root, PagefindIndexer.FindToolsDirectory(Repo.Content));
    }

    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
