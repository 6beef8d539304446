namespace Podium.Import.ModelIndex;

/// <summary>A paper as model-index metadata names it: a title, a link, or both.</summary>
public sealed record ModelIndexPaper(string? Title, string? Url);

/// <summary>
/// One result of one model, as read from a metafile or a model card, before anything is matched
/// to the content. Values are the text the file wrote, so digits are kept.
/// </summary>
/// <param name="Where">The file and the result's line and column, for reports.</param>
/// <param name="Datasets">Names the dataset goes by (a card gives a display name and a type id).</param>
/// <param name="TrainingData">Datasets the model was trained on, when the file says.</param>
/// <param name="Parameters">Parameter count as written (a plain number), when the file says.</param>
/// <param name="Flops">Floating-point operations per image as written, when the file says.</param>
/// <param name="Verified">Metrics the card marks <c>verified: true</c> (Hugging Face evaluated them again), by the card's names.</param>
/// <param name="VerifiedDate">When the card says the verification was made (YYYY-MM-DD), if it does.</param>
public sealed record ModelIndexEntry(
    string Where, string? Model, string? Task, IReadOnlyList<string> Datasets,
    IReadOnlyList<(string Name, string? Value)> Metrics, ModelIndexPaper? Paper,
    string? Code, string? Weights, IReadOnlyList<string> TrainingData, string? Parameters, string? Flops,
    string? SourceTitle, string? SourceUrl, IReadOnlyList<string>? Verified = null, string? VerifiedDate = null);
