using System.Text;
using System.Xml;

namespace Podium.Render;

/// <summary>Writes sitemap.xml. No lastmod: it would change the output on every build.</summary>
public static class Sitemap
{
    public static string Build(IEnumerable<string> absoluteUrls)
    {
        var sb = new StringBuilder();
        // One URL a line, without indentation: 100,000 lines at Papers with Code scale.
        using (var writer = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in absoluteUrls)
            {
                writer.WriteWhitespace("\n");
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", url);
                writer.WriteEndElement();
            }
            writer.WriteWhitespace("\n");
            writer.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sb + "\n";
    }
}
