using System.Collections.Concurrent;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Podium.Tests.Support;

/// <summary>A site built into a temp folder from a content folder, with helpers to read its pages.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private static readonly ConcurrentDictionary<(string Content, string? BaseUrl, bool Search), Lazy<BuiltSite>> SharedSites = new();
    private readonly TempDirectory _temp = new();
    private bool _shared;

    /// <param name="search">Also run the Search stage (Pagefind; needs Node and node_modules).</param>
    public BuiltSite(string contentDirectory, Uri? baseUrl = null, bool search = false)
    {
        Output = _temp.Combine("site");
        Result = SiteBuilder.Build(new BuildOptions(contentDirectory, Repo.Templates, Output, baseUrl, Search: search));
    }

    /// <summary>
    /// One build per test run of <paramref name="contentDirectory"/> for <paramref name="baseUrl"/>,
    /// shared by every test that only reads it: built on first use, never disposed by a test
    /// (<see cref="Dispose"/> does nothing on it), deleted when the test process exits. A test that
    /// changes the output builds its own with <c>new BuiltSite(…)</c>.
    /// </summary>
    public static BuiltSite Shared(string contentDirectory, Uri? baseUrl = null, bool search = false) =>
        SharedSites.GetOrAdd((Path.GetFullPath(contentDirectory), baseUrl?.ToString(), search), key => new Lazy<BuiltSite>(() =>
        {
            var site = new BuiltSite(contentDirectory, baseUrl, search) { _shared = true };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => site._temp.Dispose();
            return site;
        })).Value;

    /// <summary>How many distinct shared builds this run has made (for the test that keeps it at one per site).</summary>
    public static int SharedBuilds => SharedSites.Values.Count(l => l.IsValueCreated);

    public BuildResult Result { get; }
    public string Output { get; }

    public string Text(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public IDocument Page(string relative) => Parser.ParseDocument(Text(relative));

    public IEnumerable<string> HtmlFiles() =>
        Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>The generated file a site-internal link points to, relative to the output (fragment dropped).</summary>
    public static string FileFor(string href, string basePath)
    {
        var path = href[basePath.Length..].Split('#')[0];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>
    /// The generated file (relative to the output, fragment dropped) that a link on the page
    /// <paramref name="fromFile"/> points to, as a browser resolves it; null when it leaves the site.
    /// </summary>
    public static string? Resolve(string href, string fromFile)
    {
        var site = new Uri("http://site.invalid/");
        var target = new Uri(new Uri(site, fromFile.Replace('\\', '/')), href);
        if (target.Host != site.Host || target.Scheme != site.Scheme) return null;
        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The model name in a leaderboard row: the text its row header starts with, before any label or notes.</summary>
    public static string Model(IElement row) => row.QuerySelector("th")!.FirstChild!.TextContent.TrimEnd();

    /// <summary>The metric cells of a leaderboard row: after the rank and model, before paper, date and code.</summary>
    public static List<IElement> MetricCells(IElement row) => row.QuerySelectorAll("td").Skip(1).SkipLast(3).ToList();

    public void Dispose()
    {
        if (!_shared) _temp.Dispose();
    }
}
