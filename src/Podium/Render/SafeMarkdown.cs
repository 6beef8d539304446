using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Podium.Render;

/// <summary>
/// Turns contributors' Markdown into HTML that cannot carry script: raw HTML is escaped, not
/// passed through; no extension that injects attributes (GenericAttributes) is enabled; links and
/// images whose target is not relative, http(s) or mailto lose their target and keep their text.
/// Headings move down so that a summary's <c># Heading</c> sits below the page's own headings.
/// The pipeline is built once and shared: Markdig pipelines are immutable and thread-safe.
/// </summary>
public sealed class SafeMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    /// <summary>Renders block Markdown; headings are shifted down by <paramref name="headingShift"/> levels (at most h6).</summary>
    public string ToHtml(string? markdown, int headingShift = 2)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingShift);
        }
        Sanitize(document);
        return Render(document, inline: false);
    }

    /// <summary>Renders one paragraph of inline Markdown (emphasis, code, links) without the surrounding &lt;p&gt;.</summary>
    public string ToInlineHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown.ReplaceLineEndings(" "), _pipeline);
        Sanitize(document);
        return Render(document, inline: true);
    }

    private string Render(MarkdownDocument document, bool inline)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    private static void Sanitize(MarkdownDocument document)
    {
        // Collected first: the tree is changed while unwrapping.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!LinkPolicy.IsAllowedInMarkdown(link.Url)) Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !LinkPolicy.IsAllowedInMarkdown(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    // Keeps the link's text (or an image's alt text) and drops the link itself.
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
