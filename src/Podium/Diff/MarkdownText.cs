using System.Globalization;
using System.Text;

namespace Podium.Diff;

/// <summary>Makes contributor text safe to embed in Markdown: it reads as written and cannot add markup, links or table cells.</summary>
/// <remarks>Also used by the importers for the notes they write.</remarks>
internal static class MarkdownText
{
    // What GitHub's autolinker (cmark-gfm) turns into a link without any markup. Compared
    // ignoring case, which catches more than GitHub links; a code span too many costs nothing.
    private static readonly string[] UrlStarts = ["https://", "http://", "ftp://", "www.", "mailto:", "xmpp:"];

    /// <summary>
    /// Backslash-escapes the characters that start inline markup (CommonMark allows a backslash
    /// before any ASCII punctuation), <c>|</c> for table cells and <c>$</c> for GitHub's math, keeps
    /// <c>@name</c> from mentioning anyone, puts bare URLs in code spans so GitHub does not link them,
    /// shows bidirectional and zero-width characters as visible escapes (<c>&lt;U+202E&gt;</c>), and
    /// folds line breaks into spaces so text stays on its line.
    /// </summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (UrlLength(text, i) is var length and > 0)
            {
                CodeSpan(sb, text.Substring(i, length));
                i += length - 1;
                continue;
            }
            var c = text[i];
            if (IsHidden(c))
            {
                sb.Append('\\').Append(Visible(c)[..^1]).Append("\\>");
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '$' or '!' or '#')
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
        var list = lines.Select(l => ShowHidden(l.ReplaceLineEndings(" "))).ToList();
        var fence = new string('`', Math.Max(3, list.Select(LongestBacktickRun).DefaultIfEmpty(0).Max() + 1));
        sb.Append(fence).Append('\n');
        foreach (var line in list) sb.Append(line).Append('\n');
        sb.Append(fence).Append('\n');
    }

    /// <summary>
    /// Bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+061C) reorder how text is shown, so
    /// a name can read as something it is not; zero-width and other invisible format characters
    /// (U+200B–U+200F, U+2060–U+2064, U+FEFF) hide in plain sight. Neither belongs in a review.
    /// </summary>
    public static bool IsHidden(char c) =>
        c is (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2064')
            or (>= '\u2066' and <= '\u2069') or '\u061C' or '\uFEFF';

    /// <summary>Replaces each hidden character with its visible escape, e.g. <c>&lt;U+202E&gt;</c>; for text Markdown shows as written (code).</summary>
    public static string ShowHidden(string text)
    {
        if (!text.Any(IsHidden)) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text) sb.Append(IsHidden(c) ? Visible(c) : c.ToString());
        return sb.ToString();
    }

    private static string Visible(char c) => "<U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ">";

    /// <summary>The length of the bare URL starting at <paramref name="i"/> (up to the next space), or 0.</summary>
    private static int UrlLength(string text, int i)
    {
        foreach (var start in UrlStarts)
        {
            if (text.Length - i < start.Length || string.Compare(text, i, start, 0, start.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && !char.IsControl(text[end])) end++;
            return end - i;
        }
        return 0;
    }

    /// <summary>
    /// A code span, which GitHub never links: fenced with more backticks than any run inside, padded
    /// when it starts or ends with one, and with <c>|</c> escaped, which still ends a table cell in code.
    /// </summary>
    private static void CodeSpan(StringBuilder sb, string text)
    {
        var content = ShowHidden(text).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = new string('`', LongestBacktickRun(content) + 1);
        var pad = content.StartsWith('`') || content.EndsWith('`') ? " " : "";
        sb.Append(fence).Append(pad).Append(content).Append(pad).Append(fence);
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
