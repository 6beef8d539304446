using AngleSharp.Html.Parser;
using static Podium.Diagnostics.ErrorCodes;

namespace Podium.Tests.Hostile;

/// <summary>
/// The text and link fields of content format version 2: evidence labels and quotes, who made a
/// check, and the links of evidence and checks. Text must reach pages, feeds and exports as text;
/// unsafe links must be refused.
/// </summary>
internal static partial class HostileCases
{
    /// <summary>A payload short enough for a table or figure label (20 characters).</summary>
    private const string ShortPayload = "\"'><svg onload=1>";

    private static IEnumerable<HostileCase> EvidenceFields()
    {
        foreach (var (name, payload) in Payloads)
        {
            yield return Safe($"evidence/{name}", s => InjectEvidence(s, payload, "https://example.org/check"), output =>
            {
                // The payload must reach the leaderboard and paper pages as text, or the case proved nothing.
                var parser = new HtmlParser();
                var board = parser.ParseDocument(File.ReadAllText(Path.Combine(output, SiteFiles.Leaderboard, "index.html")));
                Assert.Contains(board.QuerySelectorAll(".result-status"), e => e.TextContent.Contains(payload, StringComparison.Ordinal));
                Assert.Contains(board.QuerySelectorAll(".evidence"), e => e.TextContent.Contains(ShortPayload, StringComparison.Ordinal));
                Assert.Contains(board.QuerySelectorAll(".evidence [title]"), e => e.GetAttribute("title")!.Contains(payload, StringComparison.Ordinal));
                var paper = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "paper", "paper-a", "index.html")));
                Assert.Contains(paper.QuerySelectorAll(".result-status"), e => e.TextContent.Contains(payload, StringComparison.Ordinal));
                Assert.Contains(payload, File.ReadAllText(Path.Combine(output, SiteFiles.Leaderboard, "feed.xml")).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").Replace("&quot;", "\""));
            });
        }
        foreach (var (name, target) in Schemes)
        {
            // The evidence url and the check url: two links refused.
            yield return new HostileCase($"evidence/{name}-links", s => InjectEvidence(s, "text", target),
                Expectation.Diagnostics(InvalidLink) with { Count = 2 });
        }
    }

    /// <summary>Evidence, an uncertainty and checks on both results, with the payload in every text field and <paramref name="link"/> in the links.</summary>
    private static void InjectEvidence(SiteFiles s, string payload, string link)
    {
        var q = SiteFiles.Quote(payload);
        var l = SiteFiles.Quote(link);
        var label = SiteFiles.Quote(ShortPayload);
        s.Replace(SiteFiles.Results, "    notes: Trained *without* extra data.\n", $"""
                notes: Trained *without* extra data.
                evidence:
                  table: {label}
                  page: 3
                  quote: {q}
                  url: {l}
                uncertainty:
                  Accuracy: {"{"}std: 0.1, runs: 3{"}"}
                checks:
                  - kind: reproduced
                    by: {q}
                    date: 2021-01-01
                    url: https://example.org/check
                    metrics:
                      Accuracy: 80.0

            """.ReplaceLineEndings("\n"));
        s.Replace(SiteFiles.Results, "      Accuracy: 91.0", $"""
                  Accuracy: 91.0
                evidence:
                  figure: {label}
                  quote: {q}
                checks:
                  - kind: re-evaluated
                    by: {q}
                    date: 2021-03-01
                    url: {l}
                    metrics:
                      Accuracy: 91.0
            """.ReplaceLineEndings("\n"));
    }
}
