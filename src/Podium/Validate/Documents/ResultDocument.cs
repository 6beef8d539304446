using Podium.Diagnostics;
using Podium.Model;

namespace Podium.Validate.Documents;

/// <summary>The checked content of one <c>results/&lt;name&gt;.yaml</c>.</summary>
/// <param name="Incomplete">Results that failed their own checks, kept only to check their references.</param>
public sealed record ResultFileDocument(string File, IReadOnlyList<ResultDocument> Results, IReadOnlyList<IncompleteResult>? Incomplete = null);

/// <summary>
/// One result as written, with the file's default paper or source already applied.
/// Exactly one of <paramref name="Paper"/> and <paramref name="Source"/> is set.
/// </summary>
/// <param name="Checks">Each check positioned at its date, which is compared with the result's date once the paper's is known.</param>
public sealed record ResultDocument(
    string File,
    SourcePosition Position,
    Located<string> Dataset,
    Located<string>? Task,
    Located<string> Model,
    IReadOnlyList<(Located<string> Name, MetricValue Value)> Metrics,
    bool ExtraTrainingData,
    Located<string>? Paper,
    SourceDocument? Source,
    DateOnly? Date,
    string? Code,
    string? Notes,
    Evidence? Evidence = null,
    IReadOnlyDictionary<string, Uncertainty>? Uncertainty = null,
    IReadOnlyList<Located<Check>>? Checks = null);

/// <summary>Where a result comes from when it has no paper: a named, linked work such as a repository.</summary>
public sealed record SourceDocument(string Title, string? Url, DateOnly? Date);
