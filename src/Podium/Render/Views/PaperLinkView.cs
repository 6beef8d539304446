namespace Podium.Render.Views;

/// <summary>
/// A paper in a long list (an author's, a tag's, a venue's or a month's papers, the papers index,
/// similar papers): a link with its date, venue and whether it has results. Lists link to the paper
/// page rather than repeat its abstract, tags and results, which keeps 30,000 author pages small.
/// </summary>
/// <param name="Results">"on leaderboards"; null for a paper without results.</param>
public sealed record PaperLinkView(string Title, string Url, string DateIso, string? Venue, string? Results);
