using System.Globalization;

namespace Podium.Write;

/// <summary>
/// How big the built site is, by section (paper pages, leaderboards, badges, data files, search
/// index…), with its largest pages: the figures a site owner needs to stay within GitHub Pages'
/// limit (1 GB) and to see which part of the site to slim.
/// </summary>
public sealed record SiteSize(IReadOnlyList<SiteSection> Sections, IReadOnlyList<(string Path, long Bytes)> Largest)
{
    /// <summary>GitHub Pages refuses a published site over 1 GB.</summary>
    public const long GitHubPagesLimit = 1_000_000_000;

    public long Bytes => Sections.Sum(s => s.Bytes);
    public int Files => Sections.Sum(s => s.Files);

    /// <summary>Sorts site files into sections by where they are; <paramref name="files"/> are paths with forward slashes and their sizes.</summary>
    public static SiteSize Of(IEnumerable<(string Path, long Bytes)> files, int largest = 5)
    {
        var sections = new Dictionary<string, (int Files, long Bytes, long Largest)>(StringComparer.Ordinal);
        var pages = new List<(string Path, long Bytes)>();
        foreach (var (path, bytes) in files)
        {
            var name = SectionOf(path);
            var s = sections.GetValueOrDefault(name);
            sections[name] = (s.Files + 1, s.Bytes + bytes, Math.Max(s.Largest, bytes));
            if (path.EndsWith(".html", StringComparison.Ordinal)) pages.Add((path, bytes));
        }
        var list = Order.Where(sections.ContainsKey).Select(n => new SiteSection(n, sections[n].Files, sections[n].Bytes, sections[n].Largest)).ToList();
        var top = pages.OrderByDescending(p => p.Bytes).ThenBy(p => p.Path, StringComparer.Ordinal).Take(largest).ToList();
        return new SiteSize(list, top);
    }

    private static readonly string[] Order =
    [
        "paper pages", "author pages", "tag and venue pages", "papers index and months", "task pages",
        "dataset and leaderboard pages", "leaderboard data (CSV, JSON)", "feeds", "badges",
        "site data", "search index", "other",
    ];

    private static string SectionOf(string path)
    {
        var first = path.IndexOf('/') is var i and > 0 ? path[..i] : "";
        return first switch
        {
            "paper" => "paper pages",
            "author" => "author pages",
            "tag" or "venue" => "tag and venue pages",
            "papers" => "papers index and months",
            "task" or "tasks" => "task pages",
            "data" => "site data",
            "pagefind" => "search index",
            "dataset" when path.Contains("/badge/", StringComparison.Ordinal) => "badges",
            "dataset" when path.EndsWith(".csv", StringComparison.Ordinal) || path.EndsWith(".json", StringComparison.Ordinal) => "leaderboard data (CSV, JSON)",
            "dataset" when path.EndsWith(".xml", StringComparison.Ordinal) => "feeds",
            "dataset" or "datasets" => "dataset and leaderboard pages",
            _ when path == "feed.xml" => "feeds",
            _ => "other",
        };
    }

    /// <summary>"1.21 GB", "845 MB", "12.3 KB": decimal units, as GitHub states its limit.</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1_000_000_000 => (bytes / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
        >= 10_000_000 => (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB",
        >= 1_000_000 => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1_000 => (bytes / 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    /// <summary>Reads "800MB", "1 GB", "1.5G", "500000" (bytes); null when it is none of these.</summary>
    public static long? Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        var (number, scale) = t switch
        {
            _ when t.EndsWith("GB", StringComparison.Ordinal) => (t[..^2], 1e9),
            _ when t.EndsWith("MB", StringComparison.Ordinal) => (t[..^2], 1e6),
            _ when t.EndsWith("KB", StringComparison.Ordinal) => (t[..^2], 1e3),
            _ when t.EndsWith('G') => (t[..^1], 1e9),
            _ when t.EndsWith('M') => (t[..^1], 1e6),
            _ when t.EndsWith('K') => (t[..^1], 1e3),
            _ when t.EndsWith('B') => (t[..^1], 1.0),
            _ => (t, 1.0),
        };
        return double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n > 0 ? (long)(n * scale) : null;
    }
}

/// <summary>One section of the site: how many files, their bytes, and the biggest file.</summary>
public sealed record SiteSection(string Name, int Files, long Bytes, long LargestFile);
