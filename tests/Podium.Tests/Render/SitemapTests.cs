using System.Xml.Linq;
using Podium.Render;

namespace Podium.Tests.Render;

/// <summary>The sitemap protocol allows 50,000 URLs a file: a bigger site gets an index of sitemaps.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static Dictionary<string, XDocument> Files(int pages, int perFile) =>
        Sitemap.Files(pages, Enumerable.Range(1, pages).Select(n => $"https://example.org/site/page-{n}/"), name => "https://example.org/site/" + name, perFile)
            .ToDictionary(f => f.Path, f => XDocument.Parse(Text(f.Path, f.Content())));

    /// <summary>The index and a single sitemap are XML; the parts of an index are gzipped XML.</summary>
    private static string Text(string path, byte[] bytes)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return System.Text.Encoding.UTF8.GetString(bytes);
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Up_to_the_limit_one_sitemap_lists_every_page()
    {
        var files = Files(pages: 3, perFile: 3);
        var sitemap = Assert.Single(files).Value;
        Assert.Equal("urlset", sitemap.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/site/page-1/", "https://example.org/site/page-2/", "https://example.org/site/page-3/"], sitemap.Descendants(Ns + "loc").Select(l => l.Value));
    }

    [Fact]
    public void Over_the_limit_sitemap_xml_is_an_index_of_sitemaps_that_hold_every_page_once()
    {
        var files = Files(pages: 5, perFile: 2);
        Assert.Equal(["sitemap-1.xml.gz", "sitemap-2.xml.gz", "sitemap-3.xml.gz", "sitemap.xml"], files.Keys.Order(StringComparer.Ordinal));
        var index = files["sitemap.xml"];
        Assert.Equal("sitemapindex", index.Root!.Name.LocalName);
        Assert.Equal(["https://example.org/site/sitemap-1.xml.gz", "https://example.org/site/sitemap-2.xml.gz", "https://example.org/site/sitemap-3.xml.gz"],
            index.Root.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        var listed = files.Where(f => f.Key != "sitemap.xml").OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Descendants(Ns + "loc").Select(l => l.Value).ToList()).ToList();
        Assert.Equal([2, 2, 1], listed.Select(l => l.Count));
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"https://example.org/site/page-{n}/"), listed.SelectMany(l => l));
        // The same URLs give the same bytes: no time in the gzip header.
        Assert.Equal(Sitemap.Files(5, Enumerable.Range(1, 5).Select(n => $"https://example.org/site/page-{n}/"), name => name, 2).Last().Content(),
            Sitemap.Files(5, Enumerable.Range(1, 5).Select(n => $"https://example.org/site/page-{n}/"), name => name, 2).Last().Content());
    }
}
