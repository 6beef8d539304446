using System.Globalization;
using System.Text;

namespace Podium.Render.Badges;

/// <summary>
/// A two-part badge in the style READMEs already show (grey label, coloured message), drawn as a
/// standalone SVG. Text widths are estimated and pinned with <c>textLength</c>, so the badge
/// looks the same whichever font the reader's system substitutes.
/// </summary>
public static class BadgeSvg
{
    private const double Height = 20, Padding = 6, FontSize = 11;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="title">The whole badge as one sentence, for screen readers and tooltips.</param>
    /// <remarks>
    /// Flat: a rounded rectangle in the message's colour, the label's part over it as one path
    /// rounded on the left only, and the two texts; no gradient, clip path or text shadow
    /// (60,000 badges at Papers with Code's scale: each byte saved here is 60 KB of the site).
    /// The texts' colour and font are set once on the root, which both shapes override, and each
    /// text starts where it is centred minus half its pinned length instead of naming an anchor.
    /// The accessible name comes from <c>&lt;title&gt;</c> alone.
    /// </remarks>
    public static byte[] Build(string label, string message, string colour, string title)
    {
        var labelWidth = Math.Round(TextWidth(label) + 2 * Padding);
        var messageWidth = Math.Round(TextWidth(message) + 2 * Padding);
        var width = labelWidth + messageWidth;

        var sb = new StringBuilder(512);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(Height)}\" role=\"img\" fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"{N(FontSize)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Markup.Escape(title)}</title>");
        // The whole badge in the message's colour, then the label's part over its left end, square
        // where they join, so only the outer corners are round.
        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{N(width)}\" height=\"{N(Height)}\" rx=\"3\" fill=\"{colour}\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<path fill=\"#555\" d=\"M3 0H{N(labelWidth)}V{N(Height)}H3a3 3 0 0 1-3-3V3a3 3 0 0 1 3-3z\"/>");
        Text(sb, label, 0, labelWidth);
        Text(sb, message, labelWidth, messageWidth);
        sb.Append("</svg>\n");
        return Utf8.GetBytes(sb.ToString());
    }

    /// <summary>The text centred in the part from <paramref name="left"/>, <paramref name="partWidth"/> wide, stretched to its estimated width.</summary>
    private static void Text(StringBuilder sb, string text, double left, double partWidth)
    {
        var length = Math.Round(TextWidth(text));
        // Part widths and lengths are whole pixels, so the start is a whole or half pixel, as the centre was.
        var x = left + (partWidth - length) / 2;
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"14\" textLength=\"{N(length)}\" lengthAdjust=\"spacingAndGlyphs\">{Markup.Escape(text)}</text>");
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Approximate width at 11 px Verdana, by character class; CJK and other wide scripts count double.</summary>
    public static double TextWidth(string text)
    {
        double width = 0;
        foreach (var c in text)
        {
            width += c switch
            {
                ' ' => 3.9,
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' => 3.4,
                'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 4.7,
                'm' or 'w' or 'M' or 'W' or '%' or '@' => 10.2,
                >= 'A' and <= 'Z' => 7.6,
                >= '0' and <= '9' or '#' => 7.0,
                >= 'a' and <= 'z' => 6.6,
                '·' => 4.5,
                >= '\u2E80' => 11.0,
                _ => 7.0,
            };
        }
        return width;
    }
}
