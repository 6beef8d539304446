using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>With <c>repository:</c> in site.yaml, pages link to the content files behind them; without it, they do not.</summary>
public sealed class EditLinkTests(SampleSiteFixture sample, SotaSiteFixture sota) : IClassFixture<SampleSiteFixture>, IClassFixture<SotaSiteFixture>
{
    private const string Repository = "https://github.com/podium-leaderboards/podium";

    private List<(string Label, string Href)> Links(BuiltSite site, string page) =>
        site.Page(page).QuerySelectorAll(".edit-links a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();

    [Fact]
    public void Pages_link_to_the_files_behind_them()
    {
        Assert.Equal([("Edit this page", $"{Repository}/edit/main/content/papers/gpipe-2018.md"),
                      ("Edit results (gpipe-2018.yaml)", $"{Repository}/edit/main/content/results/gpipe-2018.yaml")],
            Links(sample.Site, "paper/gpipe-2018/index.html"));
        Assert.Equal([("Add a result", $"{Repository}/new/main/content/results?filename=new-result.yaml"),
                      ("Edit this page", $"{Repository}/edit/main/content/datasets/cifar-10.yaml")],
            Links(sample.Site, "dataset/cifar-10/image-classification/index.html"));
        Assert.Equal([("Edit this page", $"{Repository}/edit/main/content/tasks/image-classification.yaml")], Links(sample.Site, "task/image-classification/index.html"));
        Assert.Equal([("Edit this page", $"{Repository}/edit/main/content/site.yaml")], Links(sample.Site, "index.html"));
        Assert.Empty(Links(sample.Site, "papers/index.html"));
        // Every linked file exists in the repository's content folder.
        foreach (var page in new[] { "paper/gpipe-2018/index.html", "task/image-classification/index.html", "dataset/cifar-10/index.html" })
        {
            foreach (var (_, href) in Links(sample.Site, page))
            {
                Assert.True(File.Exists(Path.Combine(Repo.Content, href[$"{Repository}/edit/main/content/".Length..])), href);
            }
        }
    }

    [Fact]
    public void Without_a_repository_there_are_no_edit_links()
    {
        Assert.All(sota.Site.HtmlFiles(), file => Assert.Empty(sota.Site.Page(Path.GetRelativePath(sota.Site.Output, file)).QuerySelectorAll(".edit-links")));
    }

    [Fact]
    public void The_content_schemas_are_published_with_the_site()
    {
        var published = Directory.GetFiles(Path.Combine(sample.Site.Output, "schemas")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var source = Directory.GetFiles(Path.Combine(Repo.Root, "schemas"), "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(source, published);
        Assert.Contains("results.schema.json", published);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Repo.Root, "schemas", "results.schema.json")), File.ReadAllBytes(Path.Combine(sample.Site.Output, "schemas", "results.schema.json")));
    }
}
