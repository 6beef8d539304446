namespace Podium.Import.HfEvalResults;

/// <summary>
/// One score from a model repository's <c>.eval_results/*.yaml</c>, as the file writes it (values
/// keep their digits). The file names no model: <see cref="Model"/> is the repository's folder.
/// </summary>
/// <param name="Where">The file and the entry's line and column, for reports.</param>
/// <param name="Dataset">The benchmark's Hub dataset id (<c>Idavidrein/gpqa</c>).</param>
/// <param name="Task">The benchmark's task (leaderboard) id, <c>task_id</c> (older files: <c>config</c>).</param>
/// <param name="Date">ISO-8601 date or date-time, as written.</param>
public sealed record EvalResultEntry(
    string Where, string? Model, string? Dataset, string? Task, string? Revision, string? Value, string? Date,
    string? SourceUrl, string? SourceName, string? Notes, string? Framework, bool Verified);
