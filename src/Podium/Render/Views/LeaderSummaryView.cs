namespace Podium.Render.Views;

/// <summary>A leaderboard and its current state of the art, as one row of a list of leaderboards.</summary>
/// <param name="Name">What the row is called: the dataset's name, or the task's on the dataset's own page.</param>
/// <param name="TaskName">The task beside the dataset's name where the page is neither the task's nor the dataset's own.</param>
public sealed record LeaderSummaryView(
    string Name,
    string? TaskName,
    string TaskUrl,
    string Url,
    string? LeaderModel,
    string? LeaderValue,
    string MetricLabel,
    string? PaperTitle,
    string? PaperUrl);
