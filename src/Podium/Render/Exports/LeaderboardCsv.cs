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
        Line(sb, ["rank", "model", .. leaderboard.Metrics.Select(m => Text(MetricText.Label(m))), "extra_training_data",
            "date", "paper_id", "source_title", "source_url", "code", "notes", "id"]);
        foreach (var r in leaderboard.Rows)
        {
            Line(sb,
            [
                r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "",
                Text(r.Model),
                .. leaderboard.Metrics.Select(m => r.Metrics.TryGetValue(m.Name, out var v) ? v.Text : ""),
                r.ExtraTrainingData ? "true" : "false",
                r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Paper?.Id ?? "",
                Text(r.SourceTitle),
                r.Paper is { } paper ? urls.Absolute(urls.Paper(paper)) : r.Source!.Url ?? "",
                CodeLink.Of(r) ?? "",
                Text(r.Notes ?? ""),
                r.Key,
            ]);
        }
        return Utf8.GetBytes(sb.ToString());
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
