namespace Podium.Import;

/// <summary>A metric of an imported leaderboard.</summary>
/// <param name="DirectionGuessed">True when <paramref name="HigherIsBetter"/> was inferred from the name (the file says so, for checking).</param>
public sealed record ImportedMetric(string Name, string? Unit, bool HigherIsBetter, bool DirectionGuessed = true);
