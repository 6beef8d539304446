using System.Xml.Linq;
using AngleSharp.Dom;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// A link checker over the whole generated site: every internal link, image, stylesheet and
/// script resolves to a generated file, every #fragment to an element on its page, no page has
/// a duplicate id, and every sitemap entry exists.
/// </summary>
public sealed class LinkCheckTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    private const string BasePath = "/podium/";
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_internal_link_and_anchor_resolves_and_ids_are_unique()
    {
        var pages = Site.HtmlFiles().ToDictionary(f => Path.GetRelativePath(Site.Output, f).Replace('\\', '/'), f => Site.Page(Path.GetRelativePath(Site.Output, f)));
        var ids = pages.ToDictionary(p => p.Key, p => Ids(p.Key, p.Value));
        var problems = new List<string>();
        var internalLinks = 0;
        var externalLinks = 0;

        foreach (var (file, document) in pages)
        {
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    externalLinks++;
                    continue;
                }
                internalLinks++;
                var (path, fragment) = Split(target, file);
                if (path is null)
                {
                    problems.Add($"{file}: `{target}` leaves the site");
                    continue;
                }
                // The search page links Pagefind's files, which the Search stage writes (not run here; the browser tests build with it).
                if (path.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
                if (!File.Exists(Path.Combine(Site.Output, path)))
                {
                    problems.Add($"{file}: `{target}` points to missing {path}");
                }
                else if (fragment is { Length: > 0 } && (!ids.TryGetValue(path, out var targetIds) || !targetIds.Contains(fragment)))
                {
                    problems.Add($"{file}: `{target}` has no element with id `{fragment}`");
                }
            }
            problems.AddRange(DuplicateIds(file, document));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.True(internalLinks > 1000, $"only {internalLinks} internal links checked");
        ExternalTools.Report("links", $"links: {pages.Count} pages, {internalLinks} internal links and anchors resolved, {externalLinks} external links (not fetched)");
    }

    [Fact]
    public void Every_sitemap_entry_is_a_generated_page()
    {
        var sitemap = XDocument.Parse(Site.Text("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => new Uri(l.Value).AbsolutePath).ToList();
        Assert.NotEmpty(locations);
        Assert.All(locations, path => Assert.True(File.Exists(Path.Combine(Site.Output, BuiltSite.FileFor(path, BasePath))), path));
        Assert.Equal(Site.HtmlFiles().Count() - 2, locations.Count); // every page but 404.html and the search page
    }

    /// <summary>The generated file and fragment a link points to; null when it leaves the site's base path.</summary>
    private static (string? Path, string? Fragment) Split(string target, string fromFile)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
        var path = hash >= 0 ? target[..hash] : target;
        path = path.Split('?')[0];
        if (path.Length == 0) return (fromFile, fragment); // "#id" on the same page
        // Pages link to each other relatively; only the 404 page (shown at any address) links from the base path.
        if (fromFile == "404.html" && !path.StartsWith(BasePath, StringComparison.Ordinal)) return (null, fragment);
        return (fromFile == "404.html" ? BuiltSite.FileFor(Uri.UnescapeDataString(path), BasePath) : BuiltSite.Resolve(path, fromFile), fragment);
    }

    private static HashSet<string> Ids(string file, IDocument document) =>
        document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> DuplicateIds(string file, IDocument document) =>
        document.QuerySelectorAll("[id]").GroupBy(e => e.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{file}: id `{g.Key}` appears {g.Count()} times");
}
