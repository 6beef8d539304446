using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A dataset page: description, links and a preview of each leaderboard.</summary>
public sealed record DatasetView(
    string Name,
    IReadOnlyList<LinkView> Breadcrumbs,
    RawHtml? DescriptionHtml,
    string? Homepage,
    LinkView? IntroducedBy,
    IReadOnlyList<DatasetLeaderboardView> Leaderboards,
    IReadOnlyList<PaperItemView> LatestPapers);
