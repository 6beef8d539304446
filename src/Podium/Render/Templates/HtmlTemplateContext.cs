using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Podium.Render.Templates;

/// <summary>
/// The template context: every value a <c>{{ }}</c> expression writes is HTML-escaped unless it is
/// <see cref="RawHtml"/>. Literal template text does not pass through here (Scriban writes it
/// directly), so only values are escaped. One context per thread: Scriban's contexts keep state.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    internal HtmlTemplateContext(ScriptObject siteGlobals)
    {
        // A misspelled variable or member is an error, not an empty string.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedIndexerAccess = false;
        // Scriban cuts output at 1 MiB (with "...") and counts iterations across nested loops
        // (1,000): a leaderboard of 1,500 rows passes both. Pages are bounded by the content's
        // own limits instead.
        LimitToString = 0;
        LoopLimit = 0;
        // Scriban indents every line a code block writes by the block's own indentation (a
        // partial called on an indented line would indent each line of its output): bytes that
        // HTML ignores, and a search for line ends on every write.
        AutoIndent = false;
        PushGlobal(siteGlobals);
    }

    // One output per nesting level (page, partial, partial in a partial), kept between renders:
    // a page's buffer grows once to the size of the biggest page instead of for every page.
    private readonly List<StringBuilderOutput> _buffers = [];
    private int _depth;

    /// <summary>Starts writing into a fresh, empty output for one template (a page or a partial).</summary>
    internal void BeginTemplate()
    {
        if (_depth == _buffers.Count) _buffers.Add(new StringBuilderOutput());
        var buffer = _buffers[_depth++];
        buffer.Builder.Clear();
        PushOutput(buffer);
    }

    /// <summary>Ends <see cref="BeginTemplate"/>; the text was already taken by <c>Template.Render</c>.</summary>
    internal void EndTemplate()
    {
        PopOutput();
        _depth--;
        // Don't let one huge page pin a huge buffer per thread for the rest of the build.
        if (_buffers[_depth].Builder.Capacity > MaxKeptBuffer) _buffers[_depth] = new StringBuilderOutput();
    }

    private const int MaxKeptBuffer = 4 << 20;

    /// <summary>What the template begun last has written so far.</summary>
    internal System.Text.StringBuilder CurrentText => _buffers[_depth - 1].Builder;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml html:
                html.WriteTo(this);
                return this;
            case string value:
                if (value.Length > 0) Write(Markup.Escape(value));
                return this;
            default:
                var text = ObjectToString(textAsObject);
                if (!string.IsNullOrEmpty(text)) Write(Markup.Escape(text));
                return this;
        }
    }

    /// <summary>
    /// Truthiness as the views need it: an empty string or an empty list is
    /// false, so <c>{{ if tags }}</c> leaves out a list with nothing in it.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.Serves(target.GetType()) ? ViewAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
