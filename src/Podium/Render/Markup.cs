using System.Globalization;
using System.Text;

namespace Podium.Render;

/// <summary>Helpers for markup the generator writes itself (SVG charts and badges, feeds), outside templates.</summary>
public static class Markup
{
    /// <summary>Escapes text for an XML or HTML element or a double-quoted attribute.</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }
        return sb.ToString();
    }

    /// <summary>A coordinate with at most one decimal, invariant: SVG needs no more and pages stay small.</summary>
    public static string Coordinate(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
