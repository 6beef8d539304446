using Podium.Diagnostics;

namespace Podium.Load.Yaml;

/// <summary>
/// Measures how deeply flow collections (<c>[</c> and <c>{</c>) nest before YamlDotNet sees the text.
/// YamlDotNet has no depth limit. Version 16 overflowed the stack (which .NET cannot catch) on input
/// such as 10,000 <c>[</c>; 18.1 no longer does, but its time grows with the square of the depth
/// (measured on 18.1: 50,000 unclosed <c>[</c> take 2.6 s, 200,000 take 100 s, and a 1 MiB file holds
/// a million). This scan is linear and rejects such input first.
/// It errs on the side of counting: brackets inside block-context plain text count too, which
/// only matters for text with dozens of unbalanced brackets.
/// </summary>
internal static class FlowDepthPrePass
{
    /// <summary>Returns the position of the first bracket that goes deeper than <paramref name="maxDepth"/>, or null.</summary>
    public static SourcePosition? FindTooDeep(string text, int maxDepth)
    {
        var depth = 0;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case '#' when i == 0 || text[i - 1] is ' ' or '\t' or '\n':
                    while (i + 1 < text.Length && text[i + 1] != '\n') i++;
                    break;
                case '"' or '\'' when depth > 0:
                    i = SkipQuoted(text, i, ref line, ref lineStart);
                    break;
                case '[' or '{':
                    if (++depth > maxDepth) return new SourcePosition(line, i - lineStart + 1);
                    break;
                case ']' or '}':
                    if (depth > 0) depth--;
                    break;
            }
        }
        return null;
    }

    // Returns the index of the closing quote (or the end of the text), keeping line numbers right.
    private static int SkipQuoted(string text, int start, ref int line, ref int lineStart)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (quote == '"' && c == '\\') i++;
            else if (c == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'') i++;
                else return i;
            }
        }
        return text.Length - 1;
    }
}
