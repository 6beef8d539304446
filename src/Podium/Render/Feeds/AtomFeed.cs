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
    /// <remarks>
    /// Ids stay absolute, as Atom requires. Links are written relative to the folder the feed is in,
    /// which is also the feed's <c>xml:base</c>: a reader that resolves them against the base and
    /// one that resolves them against the address it fetched the feed from reach the same page, and
    /// a saved copy still knows its address. Each row link was a 110-byte absolute URL in
    /// 10,000 feeds. No XML declaration (UTF-8 is XML's default), no <c>rel="alternate"</c> (a
    /// link's default) or type on page links, no generator: 2.5 MB of 10,000 feeds said nothing.
    /// </remarks>
    public static byte[] Build(string title, string selfUrl, string pageUrl, string author, IReadOnlyList<AtomEntry> entries)
    {
        var baseUrl = selfUrl[..(selfUrl.LastIndexOf('/') + 1)];
        var sb = new StringBuilder(1024 + entries.Count * 384);
        // One entry a line, without indentation; an entry's date is its update (Atom's optional
        // `published` would repeat it in every entry of 10,000 feeds).
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true };
        using (var w = XmlWriter.Create(sb, settings))
        {
            w.WriteStartElement("feed", Namespace);
            w.WriteAttributeString("xml", "base", null, baseUrl);
            w.WriteElementString("id", Namespace, selfUrl);
            w.WriteElementString("title", Namespace, title);
            // An empty feed still needs a date; the epoch says "nothing yet" without using the build time.
            w.WriteElementString("updated", Namespace, Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : new DateOnly(1970, 1, 1)));
            w.WriteStartElement("link", Namespace);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/atom+xml");
            w.WriteAttributeString("href", Relative(selfUrl, baseUrl));
            w.WriteEndElement();
            Link(w, Relative(pageUrl, baseUrl));
            w.WriteStartElement("author", Namespace);
            w.WriteElementString("name", Namespace, author);
            w.WriteEndElement();
            foreach (var entry in entries)
            {
                w.WriteWhitespace("\n");
                w.WriteStartElement("entry", Namespace);
                w.WriteElementString("id", Namespace, entry.Id);
                w.WriteElementString("title", Namespace, entry.Title);
                Link(w, Relative(entry.Link, baseUrl));
                w.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                w.WriteElementString("summary", Namespace, entry.Summary);
                w.WriteEndElement();
            }
            w.WriteWhitespace("\n");
            w.WriteEndElement();
        }
        return Utf8.GetBytes(sb.Append('\n').ToString());
    }

    /// <summary>A link to the page about the feed or the entry (rel defaults to <c>alternate</c>).</summary>
    private static void Link(XmlWriter w, string href)
    {
        w.WriteStartElement("link", Namespace);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    /// <summary>
    /// <paramref name="url"/> relative to <paramref name="baseUrl"/> (a folder): the rest of the URL,
    /// after <c>./</c> where the rest alone would mean something else (nothing: the feed itself;
    /// <c>#…</c>: a fragment of the feed; <c>/…</c>: the host's root; a first segment with a
    /// colon: a scheme). Absolute when it is not under the base.
    /// </summary>
    public static string Relative(string url, string baseUrl)
    {
        if (!url.StartsWith(baseUrl, StringComparison.Ordinal)) return url;
        var rest = url[baseUrl.Length..];
        var firstSegment = rest.AsSpan(0, rest.AsSpan().IndexOfAny("/?#") is var end and >= 0 ? end : rest.Length);
        return rest.Length == 0 || rest[0] is '#' or '?' or '/' || firstSegment.Contains(':') ? "./" + rest : rest;
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
