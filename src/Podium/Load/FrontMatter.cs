using Podium.Diagnostics;

namespace Podium.Load;

/// <summary>Splits a Markdown file into its YAML front matter (between <c>---</c> lines) and its body.</summary>
public static class FrontMatter
{
    /// <summary>The front matter text, the body, and the line each starts on.</summary>
    public sealed record Parts(string Yaml, int YamlLine, string Body, int BodyLine);

    public static Parts? Split(string displayPath, string text, bool required, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            if (!required) return new Parts("", 1, text, 1);
            diagnostics.Add(displayPath, SourcePosition.Start, ErrorCodes.FrontMatter, "the file does not start with front matter",
                "start the file with a `---` line, the fields (`title:`, `authors:`, `date:` …), and another `---` line");
            return null;
        }

        var line = 2;
        var start = 4;
        for (var pos = start; pos <= text.Length;)
        {
            var end = text.IndexOf('\n', pos);
            // A span per line, not a string: papers' front matter is most of a site's lines.
            var current = end < 0 ? text.AsSpan(pos) : text.AsSpan(pos, end - pos);
            if (current.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Parts(text[start..pos], 2, body, line + 1);
            }
            if (end < 0) break;
            pos = end + 1;
            line++;
        }

        diagnostics.Add(displayPath, SourcePosition.Start, ErrorCodes.FrontMatter, "the front matter is not closed",
            "end the front matter with a line holding only `---`");
        return null;
    }
}
