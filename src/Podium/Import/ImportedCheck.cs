namespace Podium.Import;

/// <summary>An independent check an importer found in its source, such as a Hugging Face "verified" metric.</summary>
/// <param name="Kind">As the content format writes it: <c>re-evaluated</c>, …</param>
/// <param name="Metrics">What the check measured, by the leaderboard's metric names, digits as written.</param>
public sealed record ImportedCheck(string Kind, string By, DateOnly Date, string Url, IReadOnlyList<(string Name, string Value)> Metrics);
