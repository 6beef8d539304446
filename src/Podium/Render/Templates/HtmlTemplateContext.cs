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
internal sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject siteGlobals)
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
        PushGlobal(siteGlobals);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml html:
                Write(html.Value);
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
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewAccessor.Serves(target.GetType()) ? ViewAccessor.For(target.GetType()) : base.GetMemberAccessorImpl(target);
}
