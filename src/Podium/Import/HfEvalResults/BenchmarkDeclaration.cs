namespace Podium.Import.HfEvalResults;

/// <summary>
/// A benchmark as its dataset repository declares itself in <c>eval.yaml</c>: its display name,
/// description, evaluation framework and tasks (each a leaderboard, with the dataset config and split
/// it evaluates). The file does not name its own repository: <see cref="Dataset"/> is read from the
/// two folders that hold it (<c>…/cais/hle/eval.yaml</c> is <c>cais/hle</c>).
/// </summary>
public sealed record BenchmarkDeclaration(
    string Dataset, string? Name, string? Description, string? Framework, IReadOnlyList<BenchmarkTask> Tasks);
