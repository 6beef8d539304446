namespace Podium.Render.Views;

/// <summary>One page of the papers index, newest first, grouped by month; the first page also lists venues and months.</summary>
public sealed record PapersIndexView(string Title, IReadOnlyList<MonthView> Months, IReadOnlyList<LinkView> Pages, LinkView? Previous, LinkView? Next,
    IReadOnlyList<LinkView> Venues, IReadOnlyList<YearView> Archive);
