namespace Podium.Render;

/// <summary>Which link targets may appear in generated pages.</summary>
public static class LinkPolicy
{
    /// <summary>
    /// True for relative links and http, https and mailto URLs. The scheme is read the way browsers
    /// read it: whitespace and control characters anywhere in it are ignored and case does not
    /// matter, so <c>Java&#9;Script:</c> is still <c>javascript:</c>. Markdig has already decoded
    /// character references such as <c>&amp;#106;</c> by the time a URL gets here.
    /// </summary>
    public static bool IsAllowedInMarkdown(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var cleaned = new string(url.Where(c => c > ' ').ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon) return true; // The colon is in a path, query or fragment.
        var scheme = cleaned[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
