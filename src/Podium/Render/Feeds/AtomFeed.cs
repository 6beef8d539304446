using System.Globalization;
using System.Text;
using System.Xml;

namespace Podium.Render.Feeds;

/// <summary>An Atom entry. Its id and date come from content, so rebuilding never makes old news look new.</summary>
public sealed record AtomEntry(string Id, string Title, string Link, DateOnly Updated, string Summary);

/// <summary>Writes an Atom 1.0 feed (RFC 4287) with XmlWriter, which escapes every text and attribute.</summary>
public static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="selfUrl">The feed's own absolute URL; also its id, which must never change.</param>
    /// <param name="entries">Newest first.</param>
    public static byte[] Build(string title, string selfUrl, string pageUrl, string author, IReadOnlyList<AtomEntry> entries)
    {
        var sb = new StringBuilder(1024 + entries.Count * 512);
        // One entry a line, without indentation; an entry's date is its update (Atom's optional
        // `published` would repeat it in every entry of 10,000 feeds).
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true };
        using (var w = XmlWriter.Create(sb, settings))
        {
            w.WriteStartElement("feed", Namespace);
            w.WriteElementString("id", Namespace, selfUrl);
            w.WriteElementString("title", Namespace, title);
            // An empty feed still needs a date; the epoch says "nothing yet" without using the build time.
            w.WriteElementString("updated", Namespace, Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : new DateOnly(1970, 1, 1)));
            Link(w, "self", selfUrl, "application/atom+xml");
            Link(w, "alternate", pageUrl, "text/html");
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, author);
            w.WriteEndElement();
            w.WriteElementString("generator", Namespace, "Podium");
            foreach (var entry in entries)
            {
                w.WriteWhitespace("\n");
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, entry.Id);
                w.WriteElementString("title", Namespace, entry.Title);
                Link(w, "alternate", entry.Link, "text/html");
                w.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                w.WriteElementString("summary", Namespace, entry.Summary);
                w.WriteEndElement();
            }
            w.WriteWhitespace("\n");
            w.WriteEndElement();
        }
        return Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + sb + "\n");
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
