using System.Text;

namespace Podium.Diff;

/// <summary>Makes contributor text safe to embed in Markdown: it reads as written and cannot add markup, links or table cells.</summary>
/// <remarks>Also used by the importers for the notes they write.</remarks>
internal static class MarkdownText
{
    /// <summary>
    /// Backslash-escapes the characters that start inline markup (CommonMark allows a backslash
    /// before any ASCII punctuation), <c>|</c> for table cells and <c>$</c> for GitHub's math, keeps
    /// <c>@name</c> from mentioning anyone, and folds line breaks into spaces so text stays on its line.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '$' or '!' or '#')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '@')
            {
                // A word joiner after @ keeps "@octocat" a name, not a mention that notifies someone
                // wherever the report is pasted; it reads the same.
                sb.Append("@\u2060");
            }
            else if (char.IsControl(c))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>A fenced code block that no backtick run in <paramref name="lines"/> can close early.</summary>
    public static void CodeBlock(StringBuilder sb, IEnumerable<string> lines)
    {
        var list = lines.Select(l => l.ReplaceLineEndings(" ")).ToList();
        var longest = list.Select(LongestBacktickRun).DefaultIfEmpty(0).Max();
        var fence = new string('`', Math.Max(3, longest + 1));
        sb.Append(fence).Append('\n');
        foreach (var line in list) sb.Append(line).Append('\n');
        sb.Append(fence).Append('\n');
    }

    private static int LongestBacktickRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
