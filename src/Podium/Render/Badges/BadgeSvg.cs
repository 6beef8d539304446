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
    public static byte[] Build(string label, string message, string colour, string title)
    {
        var labelWidth = Math.Round(TextWidth(label) + 2 * Padding);
        var messageWidth = Math.Round(TextWidth(message) + 2 * Padding);
        var width = labelWidth + messageWidth;
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var sb = new StringBuilder(1024);
        sb.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(Height)}\" role=\"img\" aria-label=\"{Markup.Escape(title)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title>{Markup.Escape(title)}</title>");
        sb.Append("<linearGradient id=\"shine\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>");
        sb.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"round\"><rect width=\"{N(width)}\" height=\"{N(Height)}\" rx=\"3\" fill=\"#fff\"/></clipPath>");
        sb.Append(CultureInfo.InvariantCulture,
            $"<g clip-path=\"url(#round)\"><rect width=\"{N(labelWidth)}\" height=\"{N(Height)}\" fill=\"#555\"/><rect x=\"{N(labelWidth)}\" width=\"{N(messageWidth)}\" height=\"{N(Height)}\" fill=\"{colour}\"/><rect width=\"{N(width)}\" height=\"{N(Height)}\" fill=\"url(#shine)\"/></g>");
        sb.Append(CultureInfo.InvariantCulture,
            $"<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"{N(FontSize)}\">");
        Text(sb, label, labelWidth / 2);
        Text(sb, message, labelWidth + messageWidth / 2);
        sb.Append("</g></svg>\n");
        return Utf8.GetBytes(sb.ToString());
    }

    // Each text twice: a faint shadow one pixel down, then the text, for contrast on any colour.
    private static void Text(StringBuilder sb, string text, double centre)
    {
        var length = Math.Round(TextWidth(text)).ToString(CultureInfo.InvariantCulture);
        var x = centre.ToString("0.#", CultureInfo.InvariantCulture);
        var escaped = Markup.Escape(text);
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\">{escaped}</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"14\" textLength=\"{length}\" lengthAdjust=\"spacingAndGlyphs\">{escaped}</text>");
    }

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
