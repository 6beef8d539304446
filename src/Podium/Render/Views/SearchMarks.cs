namespace Podium.Render.Views;

/// <summary>
/// How Pagefind indexes a page: its kind, areas and year as filters. Pages without marks (indexes,
/// lists, 404, search) are left out of the index so results point at the pages themselves.
/// </summary>
public sealed record SearchMarks(string Kind, IReadOnlyList<string> Areas, string? Year);
