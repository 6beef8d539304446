namespace Podium.Import.HfEvalResults;

/// <summary>A task of a benchmark: its id, and the dataset config and split it evaluates.</summary>
public sealed record BenchmarkTask(string Id, string? Config, string? Split);
