namespace Podium.Render.Views;

/// <summary>
/// A paper in a long list (an author's, a tag's, a venue's or a month's papers, the papers index,
/// similar papers): a link with its date and venue. Lists link to the paper page rather than
/// repeat its abstract and tags, which keeps 30,000 author pages small.
/// </summary>
public sealed record PaperLinkView(string Title, string Url, string DateIso, string? Venue);
