namespace Podium.Load;

/// <summary>A file that belongs to the content format, found but not yet read.</summary>
/// <param name="FullPath">Where the file is on disk.</param>
/// <param name="DisplayPath">Path as shown in diagnostics, e.g. <c>content/papers/gpipe-2018.md</c>.</param>
/// <param name="Language">For summaries in another language, the tag from the file name.</param>
public sealed record ContentEntry(string FullPath, string DisplayPath, ContentKind Kind, string Id, string? Language)
{
    /// <summary>The file as the folder listing found it: its size and date, read once with the listing.</summary>
    public FileInfo? Listed { get; init; }
}
