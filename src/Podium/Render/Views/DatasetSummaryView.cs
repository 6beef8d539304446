namespace Podium.Render.Views;

/// <summary>A dataset in the datasets index.</summary>
/// <param name="Leaderboards">One link per leaderboard, labelled with its task.</param>
public sealed record DatasetSummaryView(string Name, string Url, string Counts, IReadOnlyList<LinkView> Leaderboards);
