namespace Podium.Render.Views;

/// <summary>A paper in a list, as paper listings show it: title, date, venue, authors, tags and the start of the abstract.</summary>
/// <param name="Languages">Languages the paper has a translated summary in.</param>
public sealed record PaperItemView(string Title, string Url, string DateIso, string? Venue, string AuthorCount,
    IReadOnlyList<LinkView> Tags, string? ResultCount, string? Snippet, IReadOnlyList<string> Languages);
