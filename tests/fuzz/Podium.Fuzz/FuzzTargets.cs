using Podium.Diagnostics;
using Podium.Load.Yaml;
using Podium.Render;
using Podium.Render.TexMath;

namespace Podium.Fuzz;

/// <summary>
/// The code the fuzzer feeds: each reads contributor text and must never throw, whatever the text
/// (content problems are diagnostics, TeX and Markdown that make no sense are shown as text).
/// </summary>
public static class FuzzTargets
{
    private static readonly SafeMarkdown Markdown = new();

    public static readonly string[] Names = ["yaml", "tex", "markdown"];

    public static Action<string>? Find(string name) => name switch
    {
        "yaml" => Yaml,
        "tex" => Tex,
        "markdown" => MarkdownText,
        _ => null,
    };

    /// <summary>The YAML reader of every content file (and of a paper's front matter).</summary>
    public static void Yaml(string text) => YamlTreeReader.Read("content/fuzz.yaml", text, new DiagnosticBag());

    /// <summary>TeX in math mode (<c>$…$</c>) and in text mode (titles, abstracts).</summary>
    public static void Tex(string text)
    {
        TexText.MathToHtml(text);
        TexText.TextToHtml(text);
    }

    /// <summary>A paper's summary (block Markdown, math included) and a one-line note (inline Markdown).</summary>
    public static void MarkdownText(string text)
    {
        Markdown.ToHtml(text);
        Markdown.ToInlineHtml(text);
    }
}
