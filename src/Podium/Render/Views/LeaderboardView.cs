using Podium.Render.Templates;
using Podium.Render.Charts;

namespace Podium.Render.Views;

/// <summary>A leaderboard page.</summary>
/// <param name="ResultsScriptUrl">The script of the status filter and the "as of" control (<c>assets/results.js</c>).</param>
public sealed record LeaderboardView(
    string Title,
    IReadOnlyList<LinkView> Breadcrumbs,
    string DatasetName,
    string DatasetUrl,
    string TaskName,
    string TaskUrl,
    RawHtml? DescriptionHtml,
    string? Homepage,
    string Summary,
    ChartView? Chart,
    IReadOnlyList<LinkView> Downloads,
    string JsonUrl,
    TableView Table,
    string? ResultsScriptUrl = null);
