using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>The home page: what the site covers, its areas and tasks, each leaderboard's leader, the latest results.</summary>
public sealed record HomeView(
    string Title,
    RawHtml? DescriptionHtml,
    string Stats,
    IReadOnlyList<AreaView> Areas,
    IReadOnlyList<LeaderSummaryView> Leaders,
    IReadOnlyList<LatestResultView> Latest,
    string PapersUrl,
    string DatasetsUrl);
