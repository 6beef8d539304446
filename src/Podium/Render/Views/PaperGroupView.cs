namespace Podium.Render.Views;

/// <summary>The papers of an author, a tag, a venue or a month; an author's page also lists their results.</summary>
public sealed record PaperGroupView(string Title, IReadOnlyList<LinkView> Breadcrumbs, string Counts, IReadOnlyList<PaperItemView> Papers,
    IReadOnlyList<PaperResultView> Results);
