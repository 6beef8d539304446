using System.Text;
using System.Xml;

namespace Podium.Render;

/// <summary>Writes sitemap.xml. No lastmod: it would change the output on every build.</summary>
public static class Sitemap
{
    public static string Build(IEnumerable<string> absoluteUrls)
    {
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var url in absoluteUrls)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", url);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + sb + "\n";
    }
}
