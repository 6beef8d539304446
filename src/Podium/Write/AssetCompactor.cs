using System.Text;
using System.Text.RegularExpressions;

namespace Podium.Write;

/// <summary>
/// Makes the stylesheet and script smaller on their way into the site: comments, indentation,
/// blank lines and the spaces around CSS punctuation go; nothing else changes. The templates keep their comments for
/// people. Deliberately conservative (no renaming, no joining of lines), because the CSS and JS
/// are ours and a line-based pass cannot change what they mean: CSS has no `/*` inside strings,
/// and only whole-line `//` comments are removed from the script.
/// </summary>
public static partial class AssetCompactor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CssComment();

    // Spaces around CSS punctuation carry no meaning; the stylesheet has no string holding these
    // sequences (its strings are font names and one-character `content` values).
    private static string TightCss(string line) => line
        .Replace(" {", "{", StringComparison.Ordinal).Replace("{ ", "{", StringComparison.Ordinal)
        .Replace(" }", "}", StringComparison.Ordinal).Replace("; ", ";", StringComparison.Ordinal)
        .Replace(": ", ":", StringComparison.Ordinal).Replace(", ", ",", StringComparison.Ordinal)
        .Replace(";}", "}", StringComparison.Ordinal);

    public static byte[] Compact(string path, byte[] bytes)
    {
        var extension = Path.GetExtension(path);
        if (extension is not (".css" or ".js")) return bytes;
        var text = Utf8.GetString(bytes);
        if (extension == ".css") text = CssComment().Replace(text, "");
        var lines = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !(extension == ".js" && l.StartsWith("//", StringComparison.Ordinal)))
            .Select(l => extension == ".css" ? TightCss(l) : l);
        return Utf8.GetBytes(string.Join('\n', lines) + "\n");
    }
}
