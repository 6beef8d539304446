namespace Podium.Render.Views;

/// <summary>
/// The papers index: the newest papers, each with its date, a link to the newest month's page
/// (<paramref name="NewestMonth"/>, null without papers), the venues and the months by year.
/// </summary>
public sealed record PapersIndexView(string Title, IReadOnlyList<PaperLinkView> Papers, LinkView? NewestMonth,
    IReadOnlyList<LinkView> Venues, IReadOnlyList<YearView> Archive);
