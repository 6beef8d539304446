using System.Collections.Frozen;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Podium.Render.TexMath;

/// <summary>
/// Shows TeX in Markdown as text: <c>$…$</c> and <c>$$…$$</c> (parsed by Markdig's math extension,
/// which must come first in the pipeline) become <c>span.math</c> and <c>div.math</c> converted by
/// <see cref="TexText"/> instead of MathJax delimiters, and the text commands abstracts carry
/// outside math (<c>\textit{…}</c>, <c>\emph{…}</c>, <c>\textbf{…}</c>, <c>\ldots</c>) become their text.
/// </summary>
public sealed class TexMarkdownExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the escape parser, which would otherwise see `\t` of `\textit` as a literal backslash.
        if (!pipeline.InlineParsers.Contains<TexCommandInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new TexCommandInlineParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // Markdig's renderers write the TeX source between \( \) for a script to typeset; this
        // site has no such script, so they are replaced.
        html.ObjectRenderers.RemoveAll(r => r is HtmlMathInlineRenderer or HtmlMathBlockRenderer);
        if (html.ObjectRenderers.Contains<MathInlineTextRenderer>()) return;
        html.ObjectRenderers.Insert(0, new MathInlineTextRenderer());
        html.ObjectRenderers.Insert(0, new MathBlockTextRenderer());
        html.ObjectRenderers.Insert(0, new TexCommandRenderer());
    }
}

/// <summary>Writes <c>$…$</c> as <c>&lt;span class="math"&gt;</c> with the TeX converted to text.</summary>
internal sealed class MathInlineTextRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline obj)
    {
        var tex = obj.Content.ToString();
        // Inside an image's alt text Markdig renders inlines without markup.
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(TexText.MathToHtml(tex, tags: false));
            return;
        }
        renderer.Write("<span class=\"math\">").Write(TexText.MathToHtml(tex)).Write("</span>");
    }
}

/// <summary>Writes a <c>$$</c> block as <c>&lt;div class="math"&gt;</c> with the TeX converted to text.</summary>
internal sealed class MathBlockTextRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"math\">").Write(TexText.MathToHtml(obj.Lines.ToString())).WriteLine("</div>");
    }
}

/// <summary>A TeX text command found in running Markdown text, such as <c>\emph{new}</c>.</summary>
internal sealed class TexCommandInline(string tex) : LeafInline
{
    public string Tex { get; } = tex;
}

/// <summary>Writes a <see cref="TexCommandInline"/> as the HTML of its text.</summary>
internal sealed class TexCommandRenderer : HtmlObjectRenderer<TexCommandInline>
{
    protected override void Write(HtmlRenderer renderer, TexCommandInline obj) =>
        renderer.Write(TexText.TextToHtml(obj.Tex, tags: renderer.EnableHtmlForInline));
}

/// <summary>
/// Recognises the few TeX text commands that abstracts use outside math. Only these names are
/// taken: any other backslash stays Markdown's (an escape, or a literal backslash in a path).
/// </summary>
internal sealed class TexCommandInlineParser : InlineParser
{
    private static readonly FrozenSet<string> WithArgument = new[]
    {
        "textit", "emph", "textbf", "texttt", "textrm", "textsf", "textsc", "textsl", "textup", "textnormal", "text",
        "underline", "mbox",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Alone = new[]
    {
        "ldots", "dots", "LaTeX", "TeX", "textendash", "textemdash", "textellipsis",
    }.ToFrozenSet(StringComparer.Ordinal);

    private const int LongestName = 16;

    // An emphasised phrase is short; the bound keeps a paragraph of unclosed `\textit{` linear
    // (each opener looks this far at most) instead of scanning to the end for every one.
    private const int LongestArgument = 256;

    public TexCommandInlineParser() => OpeningCharacters = ['\\'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var last = slice.End;
        var i = start + 1;
        while (i <= last && i - start <= LongestName && char.IsAsciiLetter(text[i])) i++;
        if (i == start + 1 || (i <= last && char.IsAsciiLetter(text[i]))) return false;
        var name = text.Substring(start + 1, i - start - 1);

        int end;
        if (WithArgument.Contains(name))
        {
            if (i > last || text[i] != '{') return false;
            end = ClosingBrace(text, i, Math.Min(last, i + LongestArgument));
            if (end < 0) return false;
            end++;
        }
        else if (Alone.Contains(name))
        {
            // `\LaTeX{}` is how TeX keeps the space after a command; the braces are part of it.
            end = i + 1 <= last && text[i] == '{' && text[i + 1] == '}' ? i + 2 : i;
        }
        else
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new TexCommandInline(text.Substring(start, end - start))
        {
            Span = new SourceSpan(position, position + end - start - 1),
            Line = line,
            Column = column,
        };
        slice.Start = end;
        return true;
    }

    /// <summary>
    /// The index of the brace closing the one at <paramref name="open"/>, looking no further than
    /// <paramref name="limit"/>; -1 if none.
    /// </summary>
    private static int ClosingBrace(string text, int open, int limit)
    {
        var nesting = 0;
        for (var i = open; i <= limit; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    nesting++;
                    break;
                case '}' when --nesting == 0:
                    return i;
            }
        }
        return -1;
    }
}
