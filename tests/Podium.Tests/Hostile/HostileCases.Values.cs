using AngleSharp.Html.Parser;
using static Podium.Diagnostics.ErrorCodes;

namespace Podium.Tests.Hostile;

/// <summary>Metric values outside the strict decimal grammar, and link fields with schemes other than http(s).</summary>
internal static partial class HostileCases
{
    // Each rejected form and the part of the message that tells the contributor how to write it.
    private static readonly (string Name, string Value, string Says)[] BadMetricValues =
    [
        ("NaN", "NaN", "only finite numbers are allowed"),
        ("yaml-nan", ".nan", "only finite numbers are allowed"),
        ("yaml-inf", ".inf", "only finite numbers are allowed"),
        ("yaml-minus-inf", "-.inf", "only finite numbers are allowed"),
        ("Infinity", "Infinity", "only finite numbers are allowed"),
        ("comma-decimal", "99,5", "use a point as the decimal separator"),
        ("quoted-percent", "\"99.5%\"", "write the number without quotes or `%`"),
        ("plain-percent", "99.5%", "write `99.5` without `%`"),
        ("leading-zero", "010", "leading zeros are not allowed: `10`"),
        ("hexadecimal", "0x10", "hexadecimal is not allowed"),
        ("octal", "0o17", "octal and binary are not allowed"),
        ("exponent", "1e3", "exponents are not allowed"),
        ("plus-sign", "+1", "leave out the `+` sign: `1`"),
        ("no-digit-before-point", ".5", "write a digit before the point: `0.5`"),
        ("40-digits", "1" + new string('0', 39), "has more than 28 digits"),
        ("list", "[1, 2]", "must be a number"),
        ("mapping", "{value: 1}", "must be a number"),
    ];

    private static IEnumerable<HostileCase> MetricValues()
    {
        foreach (var (name, value, says) in BadMetricValues)
        {
            yield return new HostileCase($"metric-value/{name}",
                s => s.Replace(SiteFiles.Results, "Accuracy: 90.5", $"Accuracy: {value}"),
                Expectation.Diagnostics(InvalidMetricValue) with { Says = says });
        }

        // Empty counts as missing (the contract): a result left with no value at all has no metrics.
        yield return new HostileCase("metric-value/empty-and-nothing-else",
            s => FirstMetrics(s, "      Accuracy:"), Expectation.Diagnostics(MissingField) with { Says = "`metrics` needs at least one value" });
        yield return new HostileCase("metric-value/tilde-and-nothing-else",
            s => FirstMetrics(s, "      Accuracy: ~"), Expectation.Diagnostics(MissingField) with { Says = "`metrics` needs at least one value" });

        // A result without the ranking metric is listed, unranked, after the ranked rows.
        yield return Safe("metric-value/empty-ranking-metric-beside-another",
            s => FirstMetrics(s, "      Accuracy:\n      Params: 12"), ModelAIsUnranked);
        yield return Safe("metric-value/ranking-metric-left-out",
            s => FirstMetrics(s, "      Params: 12"), ModelAIsUnranked);
    }

    private static void ModelAIsUnranked(string output)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, SiteFiles.Leaderboard, "index.html")));
        var rows = page.QuerySelectorAll("table.leaderboard tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("Model B", Support.BuiltSite.Model(rows[0]));
        Assert.Equal("Model A", Support.BuiltSite.Model(rows[1]));
        Assert.Contains("unranked", rows[1].ClassList);
        Assert.Equal("1", rows[0].QuerySelector("td")!.TextContent.Trim());
        Assert.Equal("–", rows[1].QuerySelector("td")!.TextContent.Trim());
    }

    private static IEnumerable<HostileCase> LinkFields()
    {
        foreach (var (name, target) in Schemes)
        {
            yield return new HostileCase($"link-fields/{name}", s => InjectLinkFields(s, target),
                Expectation.Diagnostics(InvalidLink) with { Count = 6 });
        }
        yield return new HostileCase("link-fields/quote-and-markup-inside-https", s =>
        {
            s.Replace(SiteFiles.Paper, "url: https://example.org/paper-a", "url: 'https://example.org/\"onmouseover=\"alert(1)'");
            s.Replace(SiteFiles.Dataset, "homepage: https://example.org/toy", "homepage: https://example.org/<script>alert(1)</script>");
            s.Replace(SiteFiles.Results, "url: https://example.org/source-b", "url: \"https://example.org/\\nx\"");
        }, Expectation.Diagnostics(InvalidLink) with { Count = 3 });
        yield return new HostileCase("link-fields/protocol-relative-and-relative", s =>
        {
            s.Replace(SiteFiles.Paper, "url: https://example.org/paper-a", "url: //evil.example/x");
            s.Replace(SiteFiles.Dataset, "homepage: https://example.org/toy", "homepage: ../../etc/passwd");
        }, Expectation.Diagnostics(InvalidLink) with { Count = 2 });
        yield return Fails("link-fields/javascript-base-url",
            s => s.Replace(SiteFiles.Site, "base_url: https://example.org/hostile/", "base_url: javascript:alert(1)//"), InvalidLink);
    }

    /// <summary>The target in every YAML link field: paper url and code, dataset homepage, result code, source url, site repository.</summary>
    private static void InjectLinkFields(SiteFiles s, string target)
    {
        var q = SiteFiles.Quote(target);
        s.Replace(SiteFiles.Paper, "url: https://example.org/paper-a", $"url: {q}");
        s.Replace(SiteFiles.Paper, "code: [https://github.com/example/paper-a]", $"code: [{q}]");
        s.Replace(SiteFiles.Dataset, "homepage: https://example.org/toy", $"homepage: {q}");
        s.Replace(SiteFiles.Results, "code: https://github.com/example/paper-a", $"code: {q}");
        s.Replace(SiteFiles.Results, "url: https://example.org/source-b", $"url: {q}");
        s.Replace(SiteFiles.Site, "repository: https://github.com/example/hostile", $"repository: {q}");
    }
}
