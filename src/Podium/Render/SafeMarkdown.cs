using Podium.Render.Templates;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Podium.Render.TexMath;

namespace Podium.Render;

/// <summary>
/// Turns contributors' Markdown into HTML that cannot carry script: raw HTML is escaped, not
/// passed through; no extension that injects attributes (GenericAttributes) is enabled; links and
/// images whose target is not relative, http(s) or mailto lose their target and keep their text.
/// Headings move down so that a summary's <c># Heading</c> sits below the page's own headings.
/// TeX in <c>$…$</c>, <c>$$…$$</c> and text commands such as <c>\emph{…}</c> is converted to text
/// when the site is built (<see cref="TexMarkdownExtension"/>): pages load no math script.
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
        // Math first: the TeX extension replaces the math renderers that this one installs.
        .UseMathematics()
        .Use<TexMarkdownExtension>()
        .Build();

    // Markdig's inline parser is quadratic in the link openers of a paragraph: 40,000 `[a](` take
    // 7 s, and a 1 MiB summary of them several minutes. Real summaries have a few dozen links;
    // text with more than this many `[` is shown as text instead of parsed.
    private const int MaxBrackets = 1_000;

    /// <summary>Renders block Markdown; headings are shifted down by <paramref name="headingShift"/> levels (at most h6).</summary>
    /// <remarks>The HTML is made when a template first writes it; views are built for every page of an incremental build, pages rendered only when changed.</remarks>
    public RawHtml ToHtml(string? markdown, int headingShift = 2) =>
        new(headingShift, markdown, () => BlockHtml(markdown, headingShift));

    /// <summary>Renders one paragraph of inline Markdown (emphasis, code, links) without the surrounding &lt;p&gt;.</summary>
    public RawHtml ToInlineHtml(string? markdown) => new(Inline, markdown, () => InlineHtml(markdown));

    // The kind of an inline rendering; block renderings are their heading shift (0 and up).
    private const int Inline = -1;

    private string BlockHtml(string? markdown, int headingShift)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        if (markdown.AsSpan().Count('[') > MaxBrackets) return "<p>" + AsText(markdown) + "</p>";
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Min(6, heading.Level + headingShift);
            }
            Sanitize(document);
            return Render(document, inline: false);
        }
        catch (ArgumentException ex) when (IsTooDeep(ex))
        {
            return "<p>" + AsText(markdown) + "</p>";
        }
    }

    private string InlineHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        if (markdown.AsSpan().Count('[') > MaxBrackets) return AsText(markdown.ReplaceLineEndings(" "));
        try
        {
            var document = Markdown.Parse(markdown.ReplaceLineEndings(" "), _pipeline);
            Sanitize(document);
            return Render(document, inline: true);
        }
        catch (ArgumentException ex) when (IsTooDeep(ex))
        {
            return AsText(markdown.ReplaceLineEndings(" "));
        }
    }

    // Markdig refuses documents nested deeper than MaximumNestingDepth (128) — 10,000 `> ` or `- `,
    // or long runs of emphasis delimiters — with a plain ArgumentException, while parsing or
    // rendering. Such text is not a sensible summary: it is shown as escaped text rather than
    // failing the whole build. (Subclasses such as ArgumentNullException are real bugs and pass.)
    private static bool IsTooDeep(ArgumentException ex) => ex.GetType() == typeof(ArgumentException);

    private static string AsText(string markdown) => Markup.Escape(markdown.Trim());

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
        // Collected in one pass before anything changes: unwrapping a link rewires its siblings,
        // and a walk that runs while that happens can miss the inlines after it.
        var links = document.Descendants().OfType<LeafBlock>()
            .Where(b => b.Inline is not null)
            .SelectMany(b => b.Inline!.Descendants<Inline>())
            .Where(i => i is LinkInline or AutolinkInline)
            .ToList();
        foreach (var inline in links)
        {
            switch (inline)
            {
                case LinkInline link when !LinkPolicy.IsAllowedInMarkdown(link.Url):
                    Unwrap(link);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !LinkPolicy.IsAllowedInMarkdown(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
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
