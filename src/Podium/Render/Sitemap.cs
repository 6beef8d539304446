using System.Text;
using System.Xml;

namespace Podium.Render;

/// <summary>
/// Writes sitemap.xml. No lastmod: it would change the output on every build. The sitemap protocol
/// allows 50,000 URLs in a file, and a site of Papers with Code's size has twice that: above the
/// limit sitemap.xml is an index of sitemap-1.xml.gz, sitemap-2.xml.gz…, so robots.txt still names one
/// file. The parts are gzipped, as the protocol allows: 100,000 URLs were 8 MB of XML, and only crawlers read them.
/// </summary>
public static class Sitemap
{
    public const string FileName = "sitemap.xml";
    public const int MaxUrlsPerFile = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap's files (path under the output, and how to write it) for the site's pages.</summary>
    /// <param name="count">How many pages <paramref name="absoluteUrls"/> gives: the files are listed before any URL is made.</param>
    /// <param name="absoluteFile">The absolute URL of a file at the site's root (for the index's entries).</param>
    public static IEnumerable<(string Path, Func<byte[]> Content)> Files(int count, IEnumerable<string> absoluteUrls, Func<string, string> absoluteFile, int perFile = MaxUrlsPerFile)
    {
        if (count <= perFile)
        {
            yield return (FileName, () => Encoding.UTF8.GetBytes(Build(absoluteUrls)));
            yield break;
        }
        var parts = (count + perFile - 1) / perFile;
        var names = Enumerable.Range(1, parts).Select(n => $"sitemap-{n}.xml.gz").ToList();
        yield return (FileName, () => Encoding.UTF8.GetBytes(Document("sitemapindex", "sitemap", names.Select(absoluteFile))));
        for (var i = 0; i < parts; i++)
        {
            var first = i * perFile;
            yield return (names[i], () => Gzip(Build(absoluteUrls.Skip(first).Take(perFile))));
        }
    }

    /// <summary>Gzip's header here carries no time or name, so the same URLs give the same bytes.</summary>
    private static byte[] Gzip(string xml)
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(xml));
        }
        return stream.ToArray();
    }

    private static string Build(IEnumerable<string> absoluteUrls) => Document("urlset", "url", absoluteUrls);

    private static string Document(string root, string item, IEnumerable<string> locations)
    {
        var sb = new StringBuilder();
        // One URL a line, without indentation: 100,000 lines at Papers with Code scale.
        using (var writer = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement(root, Namespace);
            foreach (var url in locations)
            {
                writer.WriteWhitespace("\n");
                writer.WriteStartElement(item);
                writer.WriteElementString("loc", url);
                writer.WriteEndElement();
            }
            writer.WriteWhitespace("\n");
            writer.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sb + "\n";
    }
}
