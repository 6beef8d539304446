using Podium.Diagnostics;

namespace Podium.Validate.Documents;

/// <summary>The checked front matter and summary of one <c>papers/&lt;id&gt;.md</c>.</summary>
public sealed record PaperDocument(
    string File,
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    DateOnly Date,
    string? Venue,
    string? Arxiv,
    string? Url,
    IReadOnlyList<string> Code,
    IReadOnlyList<string> Tags,
    string? Abstract,
    string Summary);

/// <summary>A summary of a paper in another language (<c>papers/&lt;id&gt;.&lt;lang&gt;.md</c>).</summary>
public sealed record TranslationDocument(string File, Located<string> PaperId, string Language, string? Title, string Summary);
