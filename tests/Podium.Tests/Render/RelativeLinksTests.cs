using System.Text;
using Podium.Render;

namespace Podium.Tests.Render;

/// <summary>Site links become the shortest relative links from the page that holds them.</summary>
public sealed class RelativeLinksTests
{
    private static string Rewrite(string html, string pageUrl, string basePath = "/sub/", bool relative = true) =>
        Encoding.UTF8.GetString(RelativeLinks.ToUtf8(new StringBuilder(html), basePath, pageUrl, relative));

    [Theory]
    [InlineData("/sub/dataset/cifar-10/image-classification/leaderboard.csv", "./leaderboard.csv")]
    [InlineData("/sub/dataset/cifar-10/image-classification/#r-1", "./#r-1")]
    [InlineData("/sub/dataset/cifar-10/image-classification/", "./")]
    [InlineData("/sub/dataset/cifar-10/", "../")]
    [InlineData("/sub/dataset/cifar-100/", "../../cifar-100/")]
    [InlineData("/sub/paper/resnet-2015/", "../../../paper/resnet-2015/")]
    [InlineData("/sub/", "../../../")]
    [InlineData("/sub/assets/style.css", "../../../assets/style.css")]
    public void A_link_goes_up_only_as_far_as_the_folders_the_page_and_its_target_share(string href, string expected)
    {
        var html = Rewrite($"<a href=\"{href}\">x</a>", "/sub/dataset/cifar-10/image-classification/");
        Assert.Equal($"<a href=\"{expected}\">x</a>", html);
    }

    [Fact]
    public void On_the_home_page_links_start_from_the_page_itself()
    {
        Assert.Equal("<link href=\"./assets/style.css\"><a href=\"./\">", Rewrite("<link href=\"/sub/assets/style.css\"><a href=\"/sub/\">", "/sub/"));
    }

    [Fact]
    public void Other_sites_text_and_pages_kept_absolute_are_left_alone()
    {
        const string html = "<a href=\"//other.example/sub/x/\">/sub/x/ in text</a><a href=\"https://example.org/sub/x/\">";
        Assert.Equal(html, Rewrite(html, "/sub/paper/x/", basePath: "/"));
        Assert.Equal("<a href=\"/sub/paper/x/\">é</a>", Rewrite("<a href=\"/sub/paper/x/\">é</a>", "/sub/404.html", relative: false));
    }
}
