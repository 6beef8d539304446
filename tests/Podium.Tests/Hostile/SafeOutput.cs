using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Podium.Tests.Hostile;

/// <summary>
/// Checks a built site the way a browser would read it: no contributor script, event handler,
/// foreign image or script-running link in any page, and well-formed feeds, SVG and JSON.
/// </summary>
internal static partial class SafeOutput
{
    private static readonly HtmlParser Parser = new();

    // Attributes a browser follows or loads; a script-running scheme in any of them is an attack.
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background", "cite", "data", "ping",
    };

    // Elements that can run or embed foreign code; the templates use none of them.
    private const string ForbiddenElements = "iframe, frame, object, embed, applet, base, form, meta[http-equiv]";

    [GeneratedRegex("<svg\\b.*?</svg>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InlineSvg();

    /// <param name="contentImages">
    /// The content may hold Markdown images (<c>![alt](relative-or-http-url)</c>, which SafeMarkdown
    /// keeps): images other than the site's badges are allowed, their URLs still checked like every URL.
    /// </param>
    public static void Check(string output, string basePath, bool contentImages = false)
    {
        var files = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(output, file);
            switch (Path.GetExtension(file))
            {
                case ".html":
                    CheckPage(name, File.ReadAllText(file), basePath, contentImages);
                    break;
                case ".xml":
                case ".svg":
                    CheckXml(name, File.ReadAllText(file));
                    break;
                case ".json":
                    using (JsonDocument.Parse(File.ReadAllBytes(file))) { }
                    break;
            }
        }
    }

    /// <summary>How a page links to the site's root: relatively, except the 404 page (shown at any address), from the base path.</summary>
    public static string RootFor(string name, string basePath)
    {
        var path = name.Replace('\\', '/');
        if (path == "404.html") return basePath;
        var depth = path.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>
    /// Whether a link on page <paramref name="name"/> leads to the site file <paramref name="target"/>:
    /// from the base path on the 404 page, otherwise by the relative way a browser resolves.
    /// </summary>
    private static bool Points(string? href, string name, string root, string target) =>
        href is not null && (href == root + target
            || (!root.StartsWith('/') && !href.Contains("//", StringComparison.Ordinal) && Support.BuiltSite.Resolve(href, name.Replace('\\', '/')) == Support.BuiltSite.Resolve(target, "index.html")));

    private static void CheckPage(string name, string html, string sitePath, bool contentImages)
    {
        var basePath = RootFor(name, sitePath);
        var document = Parser.ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            // The site's own scripts only (the search page loads Pagefind's module from podium.js).
            Assert.True(script.GetAttribute("src") is { } src && (Points(src, name, basePath, "assets/podium.js") || Points(src, name, basePath, "assets/results.js")) && script.TextContent.Length == 0,
                $"{name}: unexpected script {Shorten(script.OuterHtml)}");
        }
        // The forms are the site's search box in the header, which sends a query to the site's own
        // search page, and on that page the search form the site's script answers (it has no action).
        Assert.True(document.QuerySelectorAll(ForbiddenElements).All(e =>
                (e.Matches("body > header form") && Points(e.GetAttribute("action"), name, basePath, "search/"))
                || (name == "search/index.html" && e.Matches("#search form.search-form") && !e.HasAttribute("action"))),
            $"{name}: embeds or forms in the page");
        foreach (var img in contentImages ? Enumerable.Empty<AngleSharp.Dom.IElement>() : document.QuerySelectorAll("img"))
        {
            var src = img.GetAttribute("src") ?? "";
            Assert.True(src.StartsWith(basePath, StringComparison.Ordinal) && src.EndsWith(".svg", StringComparison.Ordinal),
                $"{name}: image that is not a site badge or the logo: {Shorten(img.OuterHtml)}");
        }
        CheckAttributes(name, document.All);

        // The chart is inline SVG; it must also stand on its own as XML (it is written by hand, not by a serializer).
        foreach (Match svg in InlineSvg().Matches(html))
        {
            CheckXml($"{name} (inline svg)", svg.Value);
        }
    }

    private static void CheckAttributes(string name, IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                    $"{name}: event handler {attribute.Name} on <{element.LocalName}>: {Shorten(element.OuterHtml)}");
                if (UrlAttributes.Contains(attribute.Name)) CheckUrl(name, attribute.Name, attribute.Value);
            }
        }
    }

    private static void CheckXml(string name, string xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException ex)
        {
            Assert.Fail($"{name} is not well-formed XML: {ex.Message}");
            return;
        }
        foreach (var element in document.Descendants())
        {
            Assert.False(element.Name.LocalName is "script" or "foreignObject", $"{name}: <{element.Name.LocalName}> in XML output");
            foreach (var attribute in element.Attributes())
            {
                Assert.False(attribute.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: event handler {attribute.Name}");
                if (attribute.Name.LocalName is "href" or "src") CheckUrl(name, attribute.Name.LocalName, attribute.Value);
            }
        }
    }

    /// <summary>
    /// A URL is read by browsers with whitespace and control characters removed and the scheme's case
    /// ignored, so <c> Java&amp;#9;Script:</c> is checked as <c>javascript:</c>.
    /// </summary>
    public static void CheckUrl(string name, string attribute, string value)
    {
        var cleaned = new string(value.Where(c => c > ' ' && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        Assert.False(cleaned.StartsWith("javascript:", StringComparison.Ordinal) || cleaned.StartsWith("vbscript:", StringComparison.Ordinal)
            || cleaned.StartsWith("data:", StringComparison.Ordinal),
            $"{name}: {attribute}=\"{Shorten(value)}\" runs script");
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
