namespace Podium.Validate;

/// <summary>Which link targets the content format accepts in YAML link fields.</summary>
public static class Links
{
    /// <summary>True for absolute <c>http://</c> and <c>https://</c> URLs with a host and no spaces or control characters.</summary>
    public static bool IsAbsoluteHttp(string value)
    {
        var text = value.Trim();
        if (text.Length is 0 or > 2000) return false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch) || ch is '<' or '>' or '"' or '\\') return false;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0
            && text.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);
    }
}
