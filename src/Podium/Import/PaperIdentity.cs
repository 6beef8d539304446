using System.Text;
using System.Text.RegularExpressions;

namespace Podium.Import;

/// <summary>
/// How two mentions of a paper are recognised as one: the arXiv id, then the link, then the
/// title with case, punctuation and spacing ignored.
/// </summary>
public static partial class PaperIdentity
{
    // The host is matched in any case, the id only as arXiv writes it (the validator's pattern).
    [GeneratedRegex(@"(?i:arxiv\.org/(abs|pdf)/)(?<id>[0-9]{4}\.[0-9]{4,5}|[a-z-]+(\.[A-Z]{2})?/[0-9]{7})(v[0-9]+)?(\.pdf)?(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivUrl();

    [GeneratedRegex(@"v[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    public static string WithoutVersion(string arxiv) => Version().Replace(arxiv, "");

    /// <summary>The arXiv id (without version) of an arxiv.org/abs or /pdf link, else null.</summary>
    public static string? Arxiv(string? url) =>
        url is not null && ArxivUrl().Match(url) is { Success: true } m ? m.Groups["id"].Value : null;

    /// <summary>A link in the form two spellings of it share: https, no trailing slash, lower-case host.</summary>
    public static string? NormaliseUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        return ("https://" + uri.Host.ToLowerInvariant() + uri.PathAndQuery).TrimEnd('/');
    }

    /// <summary>The title's letters and digits, lower-cased, one space between words.</summary>
    public static string NormaliseTitle(string title)
    {
        var sb = new StringBuilder(title.Length);
        foreach (var ch in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    // Words too common to name a paper by.
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "a", "an", "the", "on", "of", "in", "for", "to", "and", "towards", "toward" };

    /// <summary>An id stem in the site's style, <c>&lt;first-title-word&gt;-&lt;year&gt;</c>.</summary>
    public static string IdStem(string title, DateOnly date)
    {
        var words = NormaliseTitle(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var word = words.FirstOrDefault(w => !Skip.Contains(w)) ?? words.FirstOrDefault() ?? "paper";
        var stem = Load.ContentIds.Suggest(word);
        if (stem.Length == 0) stem = "paper";
        if (stem.Length > 70) stem = stem[..70].TrimEnd('-');
        return $"{stem}-{date.Year}";
    }
}
