namespace Podium.Render.Views;

/// <summary>
/// A paper in a short list (a task's or dataset's latest papers): title, date, venue, authors and
/// the start of the abstract. Its tags are on its own page: as chips here they were a fifth of the
/// task and dataset pages' bytes at Papers with Code scale.
/// </summary>
/// <param name="Languages">Languages the paper has a translated summary in.</param>
public sealed record PaperItemView(string Title, string Url, string DateIso, string? Venue, string AuthorCount,
    string? Snippet, IReadOnlyList<string> Languages);
