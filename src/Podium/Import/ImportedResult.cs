namespace Podium.Import;

/// <summary>
/// One result to write; <see cref="Row"/> names the source row in reports. <see cref="Date"/> is
/// null when the result takes its paper's date.
/// </summary>
public sealed record ImportedResult(
    string Dataset, string Task, string Model, IReadOnlyList<(string Name, string Value)> Metrics, bool ExtraTrainingData,
    ImportedPaper? Paper, ImportedSource? Source, ImportDate? Date, string Row)
{
    /// <summary>The implementation the result was obtained with, when it is not the paper's own.</summary>
    public string? Code { get; init; }

    /// <summary>Inline Markdown shown with the result.</summary>
    public string? Notes { get; init; }

    /// <summary>Independent checks the source records, oldest first.</summary>
    public IReadOnlyList<ImportedCheck> Checks { get; init; } = [];

    /// <summary>What makes two results the same row of a leaderboard.</summary>
    public string Key => ResultKey(Dataset, Task, Model, Paper?.Id, Source?.Title);

    /// <summary>The key the validator would find duplicates by: names compared after folding (see <see cref="ImportText.Fold"/>).</summary>
    public static string ResultKey(string dataset, string task, string model, string? paper, string? source) =>
        $"{dataset}\n{task}\n{ImportText.Fold(model)}\n{paper ?? "source:" + ImportText.Fold(source!)}";
}
