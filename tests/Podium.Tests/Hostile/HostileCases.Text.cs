using AngleSharp.Html.Parser;

namespace Podium.Tests.Hostile;

/// <summary>Markup, script and template syntax in every text field, and Markdown that tries to smuggle links or attributes.</summary>
internal static partial class HostileCases
{
    private static readonly (string Name, string Payload)[] Payloads =
    [
        ("script-element", "<script>alert(1)</script>"),
        ("img-onerror", "<img src=x onerror=alert(1)>"),
        ("attribute-breakout", "\"'><svg onload=alert(1)>"),
        ("closing-tags", "</title></textarea></style></script><script>alert(1)</script><!--]]>"),
        ("template-syntax", "{{#each this}}{{{.}}}{{/each}}{{> layout}}"),
        // Scriban: expressions, statements and a stray end of a code block in contributor text.
        ("scriban-expression", "{{ t.rank }} {{ include 'layout' }} {{ for x in items }}{{ x }}{{ end }}"),
        ("scriban-braces-alone", "}} {{ {% raw %} {{~ ~}}"),
    ];

    // The targets browsers would run; Markdig decodes the character references before the link policy sees them.
    private static readonly (string Name, string Target)[] Schemes =
    [
        ("javascript", "javascript:alert(1)"),
        ("mixed-case-javascript", "JaVaScRiPt:alert(1)"),
        ("entity-encoded-javascript", "&#106;avascript:alert(1)"),
        ("tab-entity-in-javascript", "java&#x09;script:alert(1)"),
        ("data-url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        ("vbscript", "vbscript:msgbox(1)"),
    ];

    private static IEnumerable<HostileCase> Text()
    {
        foreach (var (name, payload) in Payloads)
        {
            yield return Safe($"text/{name}-in-every-text-field", s => InjectEverywhere(s, payload), output =>
            {
                // The payload must reach the pages as text, or the case proved nothing.
                var parser = new HtmlParser();
                var home = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "index.html")));
                Assert.Contains(payload, home.Title);
                var paper = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "paper", "paper-a", "index.html")));
                Assert.Contains(payload, paper.QuerySelector("h1")!.TextContent);
                Assert.Contains(payload, paper.Body!.TextContent);
            });
        }

        yield return Safe("text/bidi-override-and-zero-width-characters", s =>
            s.Replace(SiteFiles.Results, "model: Model A", "model: \"Model \u202Egnp.exe\u200B\u2066A\""));
    }

    /// <summary>Puts the payload in every field a contributor writes text in.</summary>
    private static void InjectEverywhere(SiteFiles s, string payload)
    {
        var q = SiteFiles.Quote(payload);
        s.Replace(SiteFiles.Site, "title: Hostile Test Site", $"title: {q}");
        s.Replace(SiteFiles.Site, "description: A small valid site that each case breaks in one way.", $"description: {q}");
        s.Replace(SiteFiles.Task, "name: Classification", $"name: {q}");
        s.Replace(SiteFiles.Task, "description: Pick one *label* for a whole input.", $"description: {q}");
        s.Replace(SiteFiles.Dataset, "name: Toy Set", $"name: {q}");
        s.Replace(SiteFiles.Dataset, "description: A toy dataset with a [homepage](https://example.org/toy).", $"description: {q}");
        s.Replace(SiteFiles.Dataset, "- name: Accuracy", $"- name: {q}");
        s.Replace(SiteFiles.Dataset, "unit: \"%\"", "unit: \"<b onclick=x>\"");
        s.Replace(SiteFiles.Results, "Accuracy: 90.5", $"{q}: 90.5");
        s.Replace(SiteFiles.Results, "Accuracy: 91.0", $"{q}: 91.0");
        s.Replace(SiteFiles.Results, "model: Model A", $"model: {SiteFiles.Quote(payload + " A")}");
        s.Replace(SiteFiles.Results, "model: Model B", $"model: {SiteFiles.Quote(payload + " B")}");
        s.Replace(SiteFiles.Results, "notes: Trained *without* extra data.", $"notes: {q}");
        s.Replace(SiteFiles.Results, "title: Source B", $"title: {q}");
        s.Replace(SiteFiles.Paper, "title: Paper A", $"title: {q}");
        s.Replace(SiteFiles.Paper, "authors: [Ada Author, Bob Author]", $"authors: [{q}, Ada Author]");
        s.Replace(SiteFiles.Paper, "venue: Conf 2020", $"venue: {q}");
        s.Replace(SiteFiles.Paper, "tags: [testing]", $"tags: [{q}]");
        s.Replace(SiteFiles.Paper, "abstract: |\n  An abstract of paper A.", $"abstract: {q}");
        s.Append(SiteFiles.Paper, $"\n{payload}\n");
        s.Set("papers/paper-a.zh.md", $"---\ntitle: {q}\n---\n{payload}\n");
    }

    private static IEnumerable<HostileCase> MarkdownLinks()
    {
        foreach (var (name, target) in Schemes)
        {
            yield return Safe($"markdown-links/{name}", s => InjectLinks(s, target));
        }

        // Spellings that browsers still read as javascript: named character references, percent
        // encoding, angle-bracket destinations, titles and fragments.
        yield return Safe("markdown-links/more-obfuscations", s =>
        {
            foreach (var target in new[]
            {
                "jav&#x61;script:alert(1)", "javascript&colon;alert(1)", "java&Tab;script:alert(1)", "java&NewLine;script:alert(1)",
                "&#x6A;&#x61;&#x76;&#x61;script:alert(1)", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)> \"title\"",
                "javascript:alert(1)#/x", "%6Aavascript:alert(1)", "\u0001javascript:alert(1)", "javascript://%0Aalert(1)",
            })
            {
                s.Append(SiteFiles.Paper, $"\n[x]({target}) ![y]({target})\n");
            }
        });

        // Markdig's GenericAttributes extension would turn these into attributes; it is not enabled.
        yield return Safe("markdown/generic-attribute-syntax", s =>
        {
            const string Attributes = "{onclick=alert(1)} {#id .class onclick=x} {: onmouseover=\"alert(1)\"}";
            s.Append(SiteFiles.Paper, $"\n# Heading {{onclick=alert(1)}}\n\nParagraph {Attributes}\n\n[link](https://example.org){{onclick=alert(1)}}\n\n{{#id .class onclick=x}}\n");
            s.Replace(SiteFiles.Results, "notes: Trained *without* extra data.", $"notes: {SiteFiles.Quote("[n](https://example.org){onclick=alert(1)} " + Attributes)}");
            s.Replace(SiteFiles.Task, "description: Pick one *label* for a whole input.", $"description: {SiteFiles.Quote("*x*{onclick=alert(1)} " + Attributes)}");
        });
    }

    /// <summary>The target as an inline link, an image, a reference link and an autolink, in every Markdown field.</summary>
    private static void InjectLinks(SiteFiles s, string target)
    {
        var forms = $"[inline]({target}) ![image]({target}) [reference][evil] <{target}>";
        var withDefinition = $"{forms}\n\n[evil]: {target}\n";
        s.Append(SiteFiles.Paper, "\n" + withDefinition);
        s.Replace(SiteFiles.Results, "notes: Trained *without* extra data.", $"notes: {SiteFiles.Quote(forms + " [evil]: " + target)}");
        s.Replace(SiteFiles.Task, "description: Pick one *label* for a whole input.", $"description: {SiteFiles.Quote(withDefinition)}");
        s.Replace(SiteFiles.Dataset, "description: A toy dataset with a [homepage](https://example.org/toy).", $"description: {SiteFiles.Quote(withDefinition)}");
        s.Replace(SiteFiles.Paper, "abstract: |\n  An abstract of paper A.", $"abstract: {SiteFiles.Quote(withDefinition)}");
        s.Set("papers/paper-a.zh.md", $"---\ntitle: 论文\n---\n{withDefinition}");
    }

    private static IEnumerable<HostileCase> MarkdownBombs()
    {
        // Inputs that make naive Markdown parsers quadratic or recursive. Notes are capped at 2,000
        // characters, so they get a short version.
        yield return Safe("markdown-bomb/50000-unclosed-brackets", s =>
        {
            s.Append(SiteFiles.Paper, Repeat("[", 50_000) + "\n");
            // In a YAML file more than 32 unclosed brackets are refused as nesting (PD0102), even
            // quoted: the depth check runs before YamlDotNet and errs on the side of counting.
            s.Replace(SiteFiles.Results, "notes: Trained *without* extra data.", $"notes: {SiteFiles.Quote(Repeat("[", 30))}");
        });
        yield return Safe("markdown-bomb/20000-unclosed-link-openers", s =>
        {
            s.Append(SiteFiles.Paper, Repeat("[a](", 20_000) + "\n");
            s.Replace(SiteFiles.Results, "notes: Trained *without* extra data.", $"notes: {SiteFiles.Quote(Repeat("[a](", 490))}");
        });
        // Markdig is quadratic in unclosed link openers: this summary, just under the 1 MiB file
        // limit, took minutes before such text was shown as text instead of parsed.
        yield return Safe("markdown-bomb/1-mib-of-unclosed-link-openers",
            s => s.Append(SiteFiles.Paper, Repeat("[a](", 260_000) + "\n"),
            output => Assert.Contains(Repeat("[a](", 100), File.ReadAllText(Path.Combine(output, "paper", "paper-a", "index.html"))));
        yield return Safe("markdown-bomb/10000-nested-blockquotes", s => s.Append(SiteFiles.Paper, Repeat("> ", 10_000) + "x\n"));
        yield return Safe("markdown-bomb/10000-nested-list-items", s => s.Append(SiteFiles.Paper, Repeat("- ", 10_000) + "x\n"));
        yield return Safe("markdown-bomb/10000-nested-balanced-brackets",
            s => s.Append(SiteFiles.Paper, Repeat("[", 10_000) + "x" + Repeat("](https://example.org)", 10_000) + "\n"));
        yield return Safe("markdown-bomb/100000-emphasis-delimiters",
            s => s.Append(SiteFiles.Paper, Repeat("a*b_", 50_000) + "\n" + Repeat("**_", 30_000) + "\n"));
        yield return Safe("markdown-bomb/pipe-table-with-5000-columns",
            s => s.Append(SiteFiles.Paper, "\n" + Repeat("| a ", 5_000) + "|\n" + Repeat("|---", 5_000) + "|\n" + Repeat("| b ", 5_000) + "|\n"));
    }
}
