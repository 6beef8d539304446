namespace Podium.Render.Templates;

/// <summary>
/// HTML that needs no escaping because this generator produced it safely: rendered Markdown,
/// charts, a rendered template. Templates write it as it is; every other value a template writes
/// is escaped (<see cref="HtmlTemplateContext"/>). The constructors are internal, so only the
/// generator's own HTML producers can make one, never a string from content by accident.
/// </summary>
/// <remarks>
/// A template's output (a partial, a page's body inside the layout) is kept as the template and
/// its view rather than as text, and rendered straight into the output that writes it: a
/// leaderboard table is then built once in the page's buffer instead of being copied from string
/// to string on its way up.
/// </remarks>
public sealed class RawHtml
{
    private string? _html;
    private readonly Action<HtmlTemplateContext>? _writeTo;
    private readonly Func<string>? _render;

    internal RawHtml(string html) => _html = html;

    /// <summary>
    /// HTML made when first written (rendered Markdown): <paramref name="kind"/> (how it is rendered)
    /// and <paramref name="source"/> alone decide it, so an incremental build can compare sources and
    /// render only pages whose sources changed. The two are kept apart, not joined into one string:
    /// that copied every abstract and summary once more for each of 50,000 paper pages.
    /// </summary>
    internal RawHtml(int kind, string? source, Func<string> make)
    {
        SourceKind = kind;
        Source = source ?? "";
        _render = make;
    }

    /// <summary>A template's output: written straight into the caller's output, or rendered to text when asked for.</summary>
    internal RawHtml(Action<HtmlTemplateContext> writeTo, Func<string> render)
    {
        _writeTo = writeTo;
        _render = render;
    }

    /// <summary>What decides this HTML when it is made on first use, with <see cref="SourceKind"/>; null for HTML given as text or a template's output.</summary>
    internal string? Source { get; }

    /// <summary>How <see cref="Source"/> is rendered (<see cref="SafeMarkdown"/>'s block heading shift, or inline).</summary>
    internal int SourceKind { get; }

    /// <summary>The HTML as text (rendered now, for a template's output).</summary>
    public string Value => _html ?? (Source is null ? _render!() : _html = _render!());

    internal void WriteTo(HtmlTemplateContext context)
    {
        if (_writeTo is not null) _writeTo(context);
        else context.Write(Value);
    }

    public override string ToString() => Value;
}
