using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A paper page.</summary>
/// <param name="Summaries">The summary in the site's language first, then translations; with more than one the page offers a language switch.</param>
public sealed record PaperView(
    string Title,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<LinkView> Authors,
    string Date,
    string DateIso,
    string MonthUrl,
    LinkView? Venue,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<LinkView> Tags,
    RawHtml? AbstractHtml,
    IReadOnlyList<SummaryView> Summaries,
    IReadOnlyList<PaperResultView> Results)
{
    public bool HasLanguageSwitch => Summaries.Count > 1;

    /// <summary>Papers like this one (set once similar papers are computed).</summary>
    public IReadOnlyList<SimilarPaperView> Similar { get; init; } = [];

    /// <summary>The paper's BibTeX entry, as text.</summary>
    public string? BibTex { get; init; }
}
