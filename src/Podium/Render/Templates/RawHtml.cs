namespace Podium.Render.Templates;

/// <summary>
/// HTML that needs no escaping because this generator produced it safely: rendered Markdown,
/// charts, a rendered template. Templates write it as it is; every other value a template writes
/// is escaped (<see cref="HtmlTemplateContext"/>). The constructor is internal, so only the
/// generator's own HTML producers can make one, never a string from content by accident.
/// </summary>
public sealed class RawHtml
{
    internal RawHtml(string html) => Value = html;

    public string Value { get; }

    public override string ToString() => Value;
}
