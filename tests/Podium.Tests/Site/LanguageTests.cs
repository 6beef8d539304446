using Podium.Tests.Support;

namespace Podium.Tests.Site;

public sealed class LanguageTests
{
    [Fact]
    public void A_chinese_site_uses_the_chinese_ui_strings_and_dates()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        Write.SiteWriterTests.CopyDirectory(Repo.Fixture("valid", "ranking") + "/content", content);
        File.WriteAllText(Path.Combine(content, "site.yaml"), "title: 排行榜\nbase_url: https://example.org/\nlanguage: zh\n");

        using var site = new BuiltSite(content);

        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var page = site.Page("dataset/toy/classification/index.html");
        Assert.Equal("zh", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["任务", "数据集", "论文"], page.QuerySelectorAll("body > header nav a").Select(a => a.TextContent));
        Assert.Equal("排名", page.QuerySelector("th.col-rank")!.TextContent);
        // Table rows write dates as in the content; a paper page writes them in the language.
        Assert.Equal("2021-03-01", page.QuerySelector("tbody time")!.TextContent);
        var paperLink = page.QuerySelectorAll("tbody td:nth-last-child(3) a").First();
        var paper = site.Page(BuiltSite.Resolve(paperLink.GetAttribute("href")!, "dataset/toy/classification/index.html")!);
        Assert.Matches("^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$", paper.QuerySelector(".paper-meta time")!.TextContent);
        Assert.Equal("Toy Set 上的Classification", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void An_unsupported_ui_language_is_a_content_error()
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\nlanguage: fr\n");

        var result = SiteBuilder.Validate(temp.Combine("content"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PD0116", diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }
}
