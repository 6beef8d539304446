namespace Podium.Render.Views;

/// <summary>One result of a paper, with its rank on its leaderboard (<c>#3</c>; null on author pages).</summary>
/// <param name="BadgeMarkdown">The snippet that embeds the result's badge in a README, linking to its row.</param>
public sealed record PaperResultView(string LeaderboardTitle, string Url, string Model, string? Rank, string Values, bool ExtraTrainingData,
    string BadgeUrl, string BadgeTitle, string BadgeMarkdown);
