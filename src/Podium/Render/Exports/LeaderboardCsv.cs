using System.Globalization;
using System.Text;
using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// <c>leaderboard.csv</c> beside each leaderboard page: one row per result in ranked order,
/// RFC 4180 (comma-separated, CRLF, fields quoted when needed), UTF-8.
/// </summary>
public static class LeaderboardCsv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Build(Leaderboard leaderboard, SiteUrls urls)
    {
        var sb = new StringBuilder(256 + leaderboard.Rows.Count * 160);
        // Metric names are contributor text too, and a spreadsheet reads the header like any row.
        // A metric with an uncertainty anywhere on the board gets a `<metric> ±` column after its own.
        var spread = leaderboard.Metrics.Select(m => leaderboard.Rows.Any(r => r.Uncertainty.ContainsKey(m.Name))).ToList();
        Line(sb, ["rank", "model", .. leaderboard.Metrics.SelectMany((m, i) => MetricHeader(m, spread[i])), "extra_training_data",
            "date", "paper_id", "source_title", "source_url", "code", "notes", "id", "status", "evidence"]);
        foreach (var r in leaderboard.Rows)
        {
            Line(sb,
            [
                r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "",
                Text(r.Model),
                .. leaderboard.Metrics.SelectMany((m, i) => MetricCells(r, m, spread[i])),
                r.ExtraTrainingData ? "true" : "false",
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Paper?.Id ?? "",
                Text(r.SourceTitle),
                r.Paper is { } paper ? urls.Absolute(urls.Paper(paper)) : r.Source!.Url ?? "",
                CodeLink.Of(r) ?? "",
                Text(r.Notes ?? ""),
                r.Key,
                ResultStatuses.Name(r.Status),
                r.Evidence is { } evidence ? Text(EvidenceText.English(evidence)) : "",
            ]);
        }
        return Utf8.GetBytes(sb.ToString());
    }

    private static IEnumerable<string> MetricHeader(Metric metric, bool withSpread)
    {
        yield return Text(MetricText.Label(metric));
        if (withSpread) yield return Text(metric.Name + " ±");
    }

    private static IEnumerable<string> MetricCells(Result r, Metric metric, bool withSpread)
    {
        yield return r.Metrics.TryGetValue(metric.Name, out var v) ? v.Text : "";
        if (withSpread) yield return r.Uncertainty.TryGetValue(metric.Name, out var u) ? EvidenceText.Export(u) : "";
    }

    private static void Line(StringBuilder sb, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) sb.Append(',');
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0) sb.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
            else sb.Append(field);
        }
        sb.Append("\r\n");
    }

    /// <summary>
    /// Contributor text that a spreadsheet would run as a formula (<c>=HYPERLINK(…)</c>) gets a
    /// leading apostrophe, as OWASP advises for CSV exports; numbers and dates are ours and safe.
    /// </summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
