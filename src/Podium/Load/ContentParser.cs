using Podium.Diagnostics;
using Podium.Load.Yaml;

namespace Podium.Load;

/// <summary>Parses a file's text according to its kind: YAML files whole, paper files as front matter plus Markdown.</summary>
public static class ContentParser
{
    public static ContentFile Parse(ContentKind kind, SourceFile source, string? language, DiagnosticBag diagnostics)
    {
        if (kind is not (ContentKind.Paper or ContentKind.Translation))
        {
            return new ContentFile(kind, source, language, YamlTreeReader.Read(source.DisplayPath, source.Text, diagnostics));
        }

        // Summaries in other languages may omit the front matter: it can only hold a title.
        var parts = FrontMatter.Split(source.DisplayPath, source.Text, required: kind == ContentKind.Paper, diagnostics);
        if (parts is null) return new ContentFile(kind, source, language, null);
        var data = YamlTreeReader.Read(source.DisplayPath, parts.Yaml, diagnostics, lineOffset: parts.YamlLine - 1);
        return new ContentFile(kind, source, language, data, parts.Body, parts.BodyLine);
    }
}
