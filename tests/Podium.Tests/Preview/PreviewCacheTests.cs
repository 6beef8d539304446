using Podium.Preview;
using Podium.Tests.Support;

namespace Podium.Tests.Preview;

/// <summary>
/// The preview keeps similar papers and author, tag, venue and month groups between rebuilds
/// while no paper file changes. Whatever it reuses, its pages must be the pages a fresh preview
/// of the same files renders.
/// </summary>
public sealed class PreviewCacheTests
{
    private static readonly Uri Base = new("http://127.0.0.1:8000/");

    // Pages built from the cached parts: similar papers and bylines (paper), groups (author, tag, venue, month).
    private static readonly string[] Pages =
    [
        "paper/wide-resnet-2016/index.html", "paper/resnet-2015/index.html", "papers/index.html",
        "author/kaiming-he/index.html", "author/sergey-zagoruyko/index.html", "papers/2016-05/index.html", "papers/2015-12/index.html",
    ];

    [Fact]
    public void After_a_result_edit_and_after_a_paper_edit_pages_equal_a_fresh_preview()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        Cli.CliRunner.CopyFolder(Repo.Content, content);
        var preview = new PreviewSite(content, Repo.Templates, Base);
        Assert.True(preview.Update(null).Succeeded);
        Assert.All(Pages, p => Assert.NotNull(preview.Get(p)));

        // A result edit leaves every paper document as it was: the cached parts are reused.
        var result = Path.Combine(content, "results", "wide-resnet-2016.yaml");
        FileEdit.ReplaceOnce(result, "Accuracy: 96.20", "Accuracy: 96.21");
        Assert.True(preview.Update([result]).Succeeded);
        AssertSameAsFresh(preview, content);
        Assert.Contains("96.21", Text(preview, "paper/wide-resnet-2016/index.html"));

        // A paper edit (new title words, a new author) must recompute them.
        var paper = Path.Combine(content, "papers", "wide-resnet-2016.md");
        Assert.DoesNotContain("wide-resnet-2016", Text(preview, "author/kaiming-he/index.html"));
        FileEdit.ReplaceOnce(paper, "title: \"", "title: \"Deep Residual Pyramids and ");
        FileEdit.ReplaceOnce(paper, "authors: [", "authors: [Kaiming He, ");
        Assert.True(preview.Update([paper]).Succeeded);
        AssertSameAsFresh(preview, content);
        Assert.Contains("Deep Residual Pyramids and Wide Residual Networks", Text(preview, "paper/wide-resnet-2016/index.html"));
        Assert.Contains("wide-resnet-2016", Text(preview, "author/kaiming-he/index.html"));
    }

    private static string Text(PreviewSite preview, string page) => System.Text.Encoding.UTF8.GetString(preview.Get(page)!);

    private static void AssertSameAsFresh(PreviewSite preview, string content)
    {
        var fresh = new PreviewSite(content, Repo.Templates, Base);
        Assert.True(fresh.Update(null).Succeeded);
        foreach (var page in Pages) Assert.True(fresh.Get(page)!.AsSpan().SequenceEqual(preview.Get(page)), page);
    }
}
