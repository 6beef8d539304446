namespace Podium.Render.Views;

/// <summary>One page of the papers index, newest first, each with its date; the first page also lists venues and months.</summary>
public sealed record PapersIndexView(string Title, IReadOnlyList<PaperLinkView> Papers, IReadOnlyList<LinkView> Pages, LinkView? Previous, LinkView? Next,
    IReadOnlyList<LinkView> Venues, IReadOnlyList<YearView> Archive);
