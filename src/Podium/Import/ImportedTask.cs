namespace Podium.Import;

/// <summary>A task an import writes or reuses.</summary>
public sealed record ImportedTask(string Id, string Name, string? Parent, string? Description);
