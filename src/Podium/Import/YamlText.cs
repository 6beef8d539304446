using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Podium.Import;

/// <summary>Writes text as YAML scalars that read back as exactly the same text.</summary>
public static partial class YamlText
{
    // Plain scalars that cannot be read as anything but this text: a letter first, then
    // characters that start no comment, mapping, flow collection or tag.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9 ._()/+@-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf",
    };

    /// <summary>The text as a plain scalar when that is safe, otherwise double-quoted.</summary>
    public static string Scalar(string text) =>
        Plain().IsMatch(text) && !text.EndsWith(' ') && !Keywords.Contains(text) ? text : Quote(text);

    /// <summary>The text double-quoted, with every character that could change its meaning escaped.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (ch < ' ' || ch is '\u007f' or '\u0085' or '\u2028' or '\u2029')
                        sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
