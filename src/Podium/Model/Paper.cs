namespace Podium.Model;

/// <summary>A paper with its metadata, summaries and the results taken from it.</summary>
public sealed class Paper
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Authors { get; init; }
    public required DateOnly Date { get; init; }
    public string? Venue { get; init; }
    public string? Arxiv { get; init; }
    public string? Url { get; init; }
    public IReadOnlyList<string> Code { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Abstract { get; init; }

    /// <summary>Markdown summary in the site's language; may be empty.</summary>
    public string Summary { get; init; } = "";

    public List<Translation> Translations { get; } = [];
    public List<Result> Results { get; } = [];

    /// <summary>The papers whose text is most like this one's, best first (see <see cref="SimilarPapers"/>).</summary>
    public IReadOnlyList<SimilarPaper> Similar { get; internal set; } = [];
}

/// <summary>A paper's summary in another language.</summary>
public sealed record Translation(string Language, string? Title, string Summary);
