namespace Podium.Import;

/// <summary>A leaderboard of an imported dataset: its task and metrics.</summary>
public sealed record ImportedLeaderboard(string Task, List<ImportedMetric> Metrics);
