using AngleSharp.Html.Parser;
using Podium.Render;

namespace Podium.Tests.Render;

public sealed class SafeMarkdownTests
{
    private static readonly SafeMarkdown Markdown = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](data:text/html,hi)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[a](javascript:x), [b](&#106;avascript:y), <javascript:z>,\n[c][r]\n\n[r]: vbscript:w")]
    public void Unsafe_link_targets_are_dropped_and_the_text_kept(string markdown)
    {
        var html = Markdown.ToHtml(markdown);
        var document = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain("script:", string.Join(" ", document.QuerySelectorAll("[href],[src]").Select(e => e.GetAttribute("href") + e.GetAttribute("src"))), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(document.QuerySelectorAll("a[href^='data'], img[src^='data']"));
        Assert.NotEmpty(document.Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("[x](https://example.org/a)", "https://example.org/a")]
    [InlineData("[x](http://example.org/a)", "http://example.org/a")]
    [InlineData("[x](mailto:a@example.org)", "mailto:a@example.org")]
    [InlineData("[x](../paper/x/)", "../paper/x/")]
    [InlineData("[x](#results)", "#results")]
    public void Safe_link_targets_survive(string markdown, string href)
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown));
        Assert.Equal(href, document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Raw_html_is_escaped_not_passed_through()
    {
        var html = Markdown.ToHtml("Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">d</div>");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, div, [onclick], [onerror]"));
        Assert.Contains("<script>", document.Body!.TextContent);
    }

    [Fact]
    public void Attribute_syntax_is_not_an_extension_here()
    {
        var html = Markdown.ToHtml("# Title {onclick=alert(1)}\n\n[x](https://e.org){onmouseover=alert(1)}");
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("[onclick], [onmouseover]"));
    }

    [Fact]
    public void Headings_move_below_the_page_headings()
    {
        Assert.StartsWith("<h3>", Markdown.ToHtml("# Summary"));
    }

    [Fact]
    public void Inline_markdown_has_no_paragraph()
    {
        Assert.Equal("<em>a</em> <code>b</code>", Markdown.ToInlineHtml("*a* `b`"));
    }
}
