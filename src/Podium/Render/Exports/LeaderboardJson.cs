using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// <c>leaderboard.json</c> beside each leaderboard page: its metrics and ranked rows with each
/// row's paper. Abstracts are left out: they live on the paper pages, where the page script reads
/// them, and copying them here doubled the size of these files.
/// </summary>
public static class LeaderboardJson
{
    public const string Format = "podium-leaderboard/1";

    public static byte[] Build(Leaderboard leaderboard, SiteUrls urls) => ExportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", Format);
        w.WriteString("url", urls.Absolute(urls.Leaderboard(leaderboard)));
        ExportJson.LeaderboardIds(w, leaderboard);
        w.WriteString("rank_by", leaderboard.RankBy.Name);
        w.WriteStartArray("metrics");
        foreach (var metric in leaderboard.Metrics) ExportJson.Metric(w, metric);
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var result in leaderboard.Rows)
        {
            w.WriteStartObject();
            ExportJson.ResultFields(w, result, urls);
            if (result.Paper is { } paper)
            {
                w.WriteStartObject("paper");
                ExportJson.PaperFields(w, paper, urls, withAbstract: false);
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("paper");
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });
}
