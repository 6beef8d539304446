using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// <c>leaderboard.json</c> beside each leaderboard page: its metrics and ranked rows, each with
/// what names and reaches its paper or source. What the file's own addresses give is not repeated
/// per row: a row is at <c>table</c> + <c>#</c> + its id and its badge at <c>url</c> +
/// <c>badge/</c> + its id + <c>.svg</c>. A value a row lacks has no key (<see cref="Absent.Omitted"/>).
/// A paper's authors, venue, abstract, tags and code links are on its page and in the site dump.
/// </summary>
public static class LeaderboardJson
{
    public const string Format = "podium-leaderboard/3";

    public static byte[] Build(Leaderboard leaderboard, SiteUrls urls) => ExportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("url", urls.Absolute(urls.Leaderboard(leaderboard)));
        // The page whose table holds every row: the board's page, or its all/ page on a long board.
        w.WriteString("table", urls.Absolute(BoardPages.IsSplit(leaderboard) ? urls.CompleteTable(leaderboard) : urls.Leaderboard(leaderboard)));
        ExportJson.LeaderboardIds(w, leaderboard);
        w.WriteString("rank_by", leaderboard.RankBy.Name);
        w.WriteStartArray("metrics");
        foreach (var metric in leaderboard.Metrics) ExportJson.Metric(w, metric, Absent.Omitted);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var result in leaderboard.Rows)
        {
            w.WriteStartObject();
            ExportJson.ResultFields(w, result, Absent.Omitted);
            // Every result comes from a paper or, without one, from a source.
            if (result.Paper is { } paper) ExportJson.PaperReference(w, paper, urls);
            else ExportJson.Source(w, result.Source!, Absent.Omitted);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
