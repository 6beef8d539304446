using Podium.Load.Yaml;

namespace Podium.Load;

/// <summary>A content file read and parsed: its YAML tree and, for paper files, the Markdown body.</summary>
/// <param name="Data">The YAML (or front matter) tree; null when the file could not be parsed.</param>
/// <param name="Language">For summaries in another language, the tag from the file name.</param>
/// <param name="Body">The Markdown after the front matter; empty for YAML files.</param>
/// <param name="BodyLine">The 1-based line where <paramref name="Body"/> starts.</param>
public sealed record ContentFile(
    ContentKind Kind,
    SourceFile Source,
    string? Language,
    YamlNode? Data,
    string Body = "",
    int BodyLine = 1)
{
    public string Id => Source.Id;
    public string Path => Source.DisplayPath;
}
