namespace Podium.Render.Views;

/// <summary>A recently added result.</summary>
public sealed record LatestResultView(
    string Date,
    string DateIso,
    string Model,
    string LeaderboardTitle,
    string LeaderboardUrl,
    string Value,
    string Rank,
    string SourceTitle,
    string? SourceUrl);
