using System.Text;

namespace Podium.Render;

/// <summary>
/// Turns a rendered page's site links (attribute values that start with the base path) into
/// links relative to the page, so the folder works from any static server at any sub-path,
/// not only at <c>base_url</c>. Views keep building one kind of URL (from the base path); only
/// the bytes written change. Feeds, the sitemap, canonical links and badge Markdown are absolute
/// URLs and are not touched; neither is the 404 page, which servers show at any address.
/// </summary>
public static class RelativeLinks
{
    /// <summary>The way from <paramref name="pageUrl"/> back to the site root: <c>./</c> on the home page, <c>../../</c> two folders down.</summary>
    public static string ToRoot(string basePath, string pageUrl)
    {
        var depth = 0;
        for (var i = basePath.Length; i < pageUrl.Length; i++)
        {
            if (pageUrl[i] == '/') depth++;
        }
        return depth == 0 ? "./" : new StringBuilder(depth * 3).Insert(0, "../", depth).ToString();
    }

    /// <summary>Rewrites every <c>="{basePath}…</c> attribute value of <paramref name="html"/> to start with the way back to the root.</summary>
    public static string Rewrite(string html, string basePath, string pageUrl)
    {
        var marker = "=\"" + basePath;
        var toRoot = ToRoot(basePath, pageUrl);
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0) return html;
        var output = new StringBuilder(html.Length);
        var copied = 0;
        while (at >= 0)
        {
            var rest = at + marker.Length;
            // "//host/…" is another site (only possible when the base path is "/").
            if (rest < html.Length && html[rest] == '/')
            {
                at = html.IndexOf(marker, rest, StringComparison.Ordinal);
                continue;
            }
            output.Append(html, copied, at + 2 - copied).Append(toRoot);
            copied = rest;
            at = html.IndexOf(marker, rest, StringComparison.Ordinal);
        }
        return output.Append(html, copied, html.Length - copied).ToString();
    }
}
