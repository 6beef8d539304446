using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using Podium.Load.Yaml;
using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// A site built with <c>language: zh</c> from Chinese content carries no English UI string: every
/// page's text and visible attributes, the feeds and the badges are scanned for every English
/// string in templates/i18n/en.yaml (those Chinese keeps as they are, like "arXiv", excepted).
/// </summary>
public sealed partial class ChineseSiteTests
{
    private static readonly string[] VisibleAttributes = ["title", "aria-label", "alt", "placeholder"];

    [Fact]
    public void A_chinese_site_has_no_english_ui_string_left()
    {
        using var site = new BuiltSite(Repo.Fixture("valid", "zh") + "/content");
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var english = EnglishFragments();
        Assert.True(english.Count > 100, $"only {english.Count} English fragments to look for");

        var texts = new List<(string File, string Text)>();
        foreach (var file in site.HtmlFiles())
        {
            var relative = Path.GetRelativePath(site.Output, file);
            var document = site.Page(relative);
            Assert.Equal("zh", document.DocumentElement.GetAttribute("lang"));
            texts.Add((relative, document.Title + "\n" + document.Body!.TextContent));
            texts.AddRange(document.All.SelectMany(e => VisibleText(e)).Select(v => (relative, v)));
        }
        foreach (var feed in Directory.GetFiles(site.Output, "feed.xml", SearchOption.AllDirectories)
                     .Concat(Directory.GetFiles(site.Output, "*.svg", SearchOption.AllDirectories).Where(f => f.Contains("badge", StringComparison.Ordinal))))
        {
            texts.Add((Path.GetRelativePath(site.Output, feed), string.Join("\n", XDocument.Load(feed).Descendants().Where(e => !e.HasElements).Select(e => e.Value))));
        }

        var leaks = (from t in texts
                     from fragment in english
                     where Regex.IsMatch(t.Text, $@"(?<![A-Za-z]){Regex.Escape(fragment)}(?![A-Za-z])")
                     select $"{t.File}: `{fragment}`").Distinct().Take(30).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(texts.Count > 50);
    }

    /// <summary>Visible attribute values, including the strings the page script shows (data-* on its controls).</summary>
    private static IEnumerable<string> VisibleText(IElement element) => element.Attributes
        .Where(a => VisibleAttributes.Contains(a.Name) || (a.Name.StartsWith("data-", StringComparison.Ordinal) && a.Name is not ("data-key" or "data-json" or "data-lang" or "data-copy")))
        .Select(a => a.Value);

    /// <summary>The literal parts of every English UI string that Chinese translates, at least 3 letters long.</summary>
    private static List<string> EnglishFragments()
    {
        var en = Read("en");
        var zh = Read("zh");
        var skip = new HashSet<string>(StringComparer.Ordinal) { "date_format", "month_format", "month_short_format" };
        return en.Where(kv => !skip.Contains(kv.Key) && zh[kv.Key] != kv.Value)
            .SelectMany(kv => Placeholder().Split(kv.Value))
            .Select(f => f.Trim(' ', ':', ',', '.', '(', ')', '“', '”', '→', '←', '·'))
            .Where(f => f.Count(char.IsAsciiLetter) >= 3)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();

    private static Dictionary<string, string> Read(string language)
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(Repo.Templates, "i18n", language + ".yaml");
        var root = (YamlMapping)YamlTreeReader.Read(language, File.ReadAllText(path), bag)!;
        return root.Entries.ToDictionary(e => e.Key.Value, e => ((YamlScalar)e.Value).Value, StringComparer.Ordinal);
    }
}
