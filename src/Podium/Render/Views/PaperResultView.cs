namespace Podium.Render.Views;

/// <summary>One result of a paper, with its rank on its leaderboard (<c>#3</c>); its badge is named after <see cref="Url"/>'s row anchor.</summary>
/// <param name="Values">The values with their units and uncertainties: <c>Accuracy 80.0% ± 0.5 · Params 25.6 M</c>.</param>
/// <param name="Check">The result's status mark; null when self-reported.</param>
/// <param name="Evidence">Where the numbers are printed; null when the result does not say.</param>
public sealed record PaperResultView(string LeaderboardTitle, string Url, string Model, string Rank, string Values, bool ExtraTrainingData,
    ResultStatusView? Check = null, EvidenceView? Evidence = null);
