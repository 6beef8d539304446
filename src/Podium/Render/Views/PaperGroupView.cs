namespace Podium.Render.Views;

/// <summary>The papers of an author, a tag, a venue or a month, each linked with its date, venue and number of results.</summary>
public sealed record PaperGroupView(string Title, IReadOnlyList<LinkView> Breadcrumbs, string Counts, IReadOnlyList<PaperLinkView> Papers)
{
    /// <summary>On a month's page, the month before it that has papers (null on the oldest and on other pages).</summary>
    public LinkView? Older { get; init; }

    /// <summary>On a month's page, the month after it that has papers (null on the newest and on other pages).</summary>
    public LinkView? Newer { get; init; }
}
