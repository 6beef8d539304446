using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>
/// A dataset page: description, links and its leaderboards with their state of the art, as Papers
/// with Code listed a dataset's benchmarks. The tables are on the leaderboards' pages: five-row
/// previews of each were a third of the site's dataset pages (33 MB at Papers with Code's size).
/// </summary>
public sealed record DatasetView(
    string Name,
    IReadOnlyList<LinkView> Breadcrumbs,
    RawHtml? DescriptionHtml,
    string? Homepage,
    LinkView? IntroducedBy,
    IReadOnlyList<LeaderSummaryView> Leaderboards,
    IReadOnlyList<PaperItemView> LatestPapers);
