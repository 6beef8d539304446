namespace Podium.Import;

/// <summary>A dataset an import writes, or one the content already has (<paramref name="Existing"/>).</summary>
public sealed record ImportedDataset(string Id, string Name, string? Description, List<ImportedLeaderboard> Leaderboards, bool Existing);
