using Podium.Render.Templates;
using Podium.Render.Charts;

namespace Podium.Render.Views;

/// <summary>A leaderboard page.</summary>
/// <param name="ResultsScriptUrl">The script of the status filter and the "as of" control (<c>assets/results.js</c>).</param>
/// <param name="Charts">A chart per metric with enough dated results, the ranking metric first; a switch shows one at a time.</param>
/// <param name="CostChart">The ranking metric against a cost metric (parameters, FLOPs, latency) with the Pareto front; null without one.</param>
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
    IReadOnlyList<ChartView> Charts,
    ChartView? CostChart,
    IReadOnlyList<LinkView> Downloads,
    TableView Table,
    string? ResultsScriptUrl = null);
