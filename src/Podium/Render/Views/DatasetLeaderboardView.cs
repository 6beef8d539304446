namespace Podium.Render.Views;

/// <summary>One leaderboard on a dataset page, with its top rows.</summary>
public sealed record DatasetLeaderboardView(string TaskName, string TaskUrl, string Url, string ResultCount, TableView Table);
