namespace Podium.Import;

/// <summary>A paper an import writes or matches in the content.</summary>
public sealed class ImportedPaper(string id, string title, ImportDate date, string? arxiv, string? url, bool existing)
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    public ImportDate Date { get; set; } = date;
    public string? Arxiv { get; set; } = arxiv;
    public string? Url { get; set; } = url;
    public SortedSet<string> Code { get; } = new(StringComparer.Ordinal);
    public bool Existing { get; } = existing;
}
