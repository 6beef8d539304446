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
        var html = Markdown.ToHtml(markdown).Value;
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
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown).Value);
        Assert.Equal(href, document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Raw_html_is_escaped_not_passed_through()
    {
        var html = Markdown.ToHtml("Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">d</div>").Value;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, div, [onclick], [onerror]"));
        Assert.Contains("<script>", document.Body!.TextContent);
    }

    [Fact]
    public void Attribute_syntax_is_not_an_extension_here()
    {
        var html = Markdown.ToHtml("# Title {onclick=alert(1)}\n\n[x](https://e.org){onmouseover=alert(1)}").Value;
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("[onclick], [onmouseover]"));
    }

    [Fact]
    public void Headings_move_below_the_page_headings()
    {
        Assert.StartsWith("<h3>", Markdown.ToHtml("# Summary").Value);
    }

    [Fact]
    public void Inline_markdown_has_no_paragraph()
    {
        Assert.Equal("<em>a</em> <code>b</code>", Markdown.ToInlineHtml("*a* `b`").Value);
    }

    [Fact]
    public void Inline_math_is_converted_to_text_in_a_math_span()
    {
        var html = Markdown.ToHtml("It runs in $O(n^2)$ time.").Value;
        var math = new HtmlParser().ParseDocument(html).QuerySelector("p > span.math")!;

        Assert.Equal("<i>O</i>(<i>n</i><sup>2</sup>)", math.InnerHtml);
        Assert.Equal("It runs in O(n2) time.", new HtmlParser().ParseDocument(html).Body!.TextContent);
    }

    [Theory]
    [InlineData("$\\alpha$-divergence", "α")]
    [InlineData("$\\mathcal{O}(n \\log n)$", "𝒪(n log n)")]
    [InlineData("$10^{-3}$", "10−3")]
    [InlineData("$\\frac{1}{2}$", "1⁄2")]
    [InlineData("$\\sqrt{d_k}$", "√dk")]
    [InlineData("$\\mathbb{R}^n$", "ℝn")]
    [InlineData("$\\approx 3\\times$", "≈ 3×")]
    [InlineData("$\\ell_2$", "ℓ2")]
    public void Common_abstract_math_reads_as_text(string markdown, string text)
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown).Value);
        Assert.Equal(text, document.QuerySelector("span.math")!.TextContent);
    }

    [Fact]
    public void Display_math_is_a_math_div()
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml("Energy:\n\n$$\nE = mc^2\n$$\n").Value);
        var math = document.QuerySelector("div.math")!;
        Assert.Equal("<i>E</i> = <i>mc</i><sup>2</sup>", math.InnerHtml.Trim());
    }

    [Fact]
    public void Escaped_percent_outside_math_is_a_percent_sign()
    {
        Assert.Equal("<p>We reach 75.3% top-1 accuracy.</p>", Markdown.ToHtml("We reach 75.3\\% top-1 accuracy.").Value);
    }

    [Theory]
    [InlineData("It costs $5 and $10 per run.")]
    [InlineData("Budgets of $5, $10 or $20.")]
    [InlineData("Save \\$5 today.")]
    public void Dollar_amounts_stay_text(string markdown)
    {
        var document = new HtmlParser().ParseDocument(Markdown.ToHtml(markdown).Value);
        Assert.Empty(document.QuerySelectorAll(".math"));
        Assert.Equal(markdown.Replace("\\$", "$", StringComparison.Ordinal), document.Body!.TextContent);
    }

    [Fact]
    public void Text_commands_outside_math_become_their_text()
    {
        Assert.Equal("<p>We propose <i>FooNet</i>, a <b>new</b> model that is <i>fast</i>… in LaTeX.</p>",
            Markdown.ToHtml("We propose \\textit{FooNet}, a \\textbf{new} model that is \\emph{fast}\\ldots in \\LaTeX{}.").Value);
    }

    [Fact]
    public void Other_backslashes_outside_math_are_left_alone()
    {
        Assert.Equal("<p>Files in C:\\data\\textures and \\unknown{x}.</p>", Markdown.ToHtml("Files in C:\\data\\textures and \\unknown{x}.").Value);
    }

    [Fact]
    public void A_typical_abstract_keeps_no_backslash_or_dollar()
    {
        const string Abstract = """
            We study $\alpha$-divergence minimisation for models with $\mathcal{O}(n \log n)$ attention,
            replacing the $\frac{1}{\sqrt{d_k}}$ scaling of $QK^\top$ by a learned $\tau \in \mathbb{R}^n$.
            With a learning rate of $10^{-3}$ and $\ell_2$ penalty $\lambda \leq 0.1$, our \textit{FastNet}
            reaches 75.3\% top-1 accuracy ($\approx 3\times$ faster, $\sum_{i=1}^{n} x_i^2 \to 0$).

            $$
            \mathcal{L}(\theta) = \mathbb{E}_{x \sim p}\left[ -\log p_\theta(x) \right]
            $$
            """;
        var html = Markdown.ToHtml(Abstract).Value;
        var document = new HtmlParser().ParseDocument(html);

        Assert.DoesNotContain('\\', document.Body!.TextContent);
        Assert.DoesNotContain('$', document.Body!.TextContent);
        Assert.Equal(10, document.QuerySelectorAll("span.math").Length);
        Assert.Single(document.QuerySelectorAll("div.math"));
        Assert.Contains("75.3% top-1", document.Body!.TextContent);
    }

    [Fact]
    public void Markup_inside_math_is_escaped()
    {
        var html = Markdown.ToHtml("A $<script>alert(1)</script>$ and $\\text{<img src=x onerror=alert(1)>}$ b").Value;
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, [onerror]"));
        Assert.Contains("<script>alert(1)</script>", document.Body!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", document.Body!.TextContent);
    }

    [Fact]
    public void Math_in_inline_markdown_and_alt_text()
    {
        Assert.Equal("loss <span class=\"math\"><i>x</i><sup>2</sup></span>", Markdown.ToInlineHtml("loss $x^2$").Value);
        var image = new HtmlParser().ParseDocument(Markdown.ToHtml("![plot of $\\alpha^2$](plot.png)").Value).QuerySelector("img")!;
        Assert.Equal("plot of α2", image.GetAttribute("alt"));
    }
}
