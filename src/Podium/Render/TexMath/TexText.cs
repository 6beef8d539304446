using System.Globalization;
using System.Text;

// Not Podium.Render.Math: a namespace called Math inside Podium.Render would hide System.Math from
// every file in Podium.Render and below (Math.Min, Math.Round…), which all resolve Math there first.
namespace Podium.Render.TexMath;

/// <summary>
/// Turns TeX into escaped HTML text that reads well without a math library: Unicode symbols, Greek
/// letters, &lt;sup&gt;/&lt;sub&gt; scripts, <c>a/b</c> fractions, <c>√x</c>, double-struck and
/// script capitals, italic variables and upright operator names.
/// </summary>
/// <remarks>
/// The input comes from contributors, so every character of text that reaches the output is
/// escaped and the only markup is the fixed set of tags written here (i, b, sup, sub, br). The
/// converter reads each character once; group nesting deeper than <see cref="MaxDepth"/> is
/// shown as plain text, which bounds both the recursion and the copying of nested arguments.
/// Unknown commands show their name without the backslash, so no backslash reaches a page.
/// </remarks>
public static class TexText
{
    /// <summary>Nesting of groups and arguments past which the rest of a group is shown as plain text.</summary>
    public const int MaxDepth = 32;

    /// <summary>
    /// Converts the inside of <c>$…$</c> (math mode) to HTML; without tags when
    /// <paramref name="tags"/> is false (for alt text).
    /// </summary>
    public static string MathToHtml(string? tex, bool tags = true) => Convert(tex, TexMode.Math, tags);

    /// <summary>Converts running text with TeX commands (text mode, as in <c>\textit{…}</c> or <c>\text{…}</c>) to HTML.</summary>
    public static string TextToHtml(string? tex, bool tags = true) => Convert(tex, TexMode.Text, tags);

    private static string Convert(string? tex, TexMode mode, bool tags)
    {
        if (string.IsNullOrEmpty(tex)) return "";
        var writer = new TexWriter(tags);
        new TexConverter(tex).Sequence(writer, 0, mode, TexFont.Italic, '\0');
        return writer.ToString();
    }
}
