namespace Podium.Render.Views;

/// <summary>A leaderboard and its current state of the art.</summary>
/// <param name="TaskName">Null on the task's own page, which need not repeat its name on every row.</param>
public sealed record LeaderSummaryView(
    string DatasetName,
    string DatasetUrl,
    string? TaskName,
    string TaskUrl,
    string Url,
    string? LeaderModel,
    string? LeaderValue,
    string MetricLabel,
    string? PaperTitle,
    string? PaperUrl,
    string ResultCount);
