namespace Podium.Load;

/// <summary>The text of one content file, decoded and with line endings normalised to LF.</summary>
/// <param name="DisplayPath">Path as shown in diagnostics, e.g. <c>content/papers/gpipe-2018.md</c>.</param>
/// <param name="Id">The id the file name gives (file name without extension and language).</param>
public sealed record SourceFile(string DisplayPath, string Id, string Text);
