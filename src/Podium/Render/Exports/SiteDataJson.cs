using System.Globalization;
using System.Text.Json;
using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// The site's machine-readable files: <c>data/podium.json.gz</c>, everything on the site in one
/// file, and <c>data/leaderboards.json</c>, an index of leaderboards with their leaders and addresses.
/// Both list things in the order the model fixes, so two builds give the same bytes.
/// </summary>
public static class SiteDataJson
{
    public const string DumpFormat = "podium-site/1";
    public const string IndexFormat = "podium-leaderboards/2";

    /// <summary>
    /// The dump gzipped, as published (<c>data/podium.json.gz</c>): about a sixth of the bytes
    /// (110 MB of JSON at Papers with Code's scale). Gzip's header carries no time here, so
    /// the same content still gives the same bytes.
    /// </summary>
    public static void DumpCompressed(SiteModel model, SiteUrls urls, Stream stream)
    {
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true);
        Dump(model, urls, gzip);
    }

    public static void Dump(SiteModel model, SiteUrls urls, Stream stream) => ExportJson.Write(stream, w =>
    {
        w.WriteStartObject();
        w.WriteString("format", DumpFormat);
        w.WriteStartObject("site");
        w.WriteString("title", model.Site.Title);
        ExportJson.OptionalString(w, "description", model.Site.Description, Absent.Null);
        w.WriteString("url", model.Site.BaseUrl.AbsoluteUri);
        w.WriteString("language", model.Site.Language);
        w.WriteEndObject();

        w.WriteStartArray("tasks");
        foreach (var task in model.Tasks)
        {
            w.WriteStartObject();
            w.WriteString("id", task.Id);
            w.WriteString("name", task.Name);
            ExportJson.OptionalString(w, "parent", task.Parent?.Id, Absent.Null);
            ExportJson.OptionalString(w, "description", task.Description, Absent.Null);
            w.WriteString("url", urls.Absolute(urls.Task(task)));
            w.WriteEndObject();
            ExportJson.FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("datasets");
        foreach (var dataset in model.Datasets)
        {
            w.WriteStartObject();
            w.WriteString("id", dataset.Id);
            w.WriteString("name", dataset.Name);
            ExportJson.OptionalString(w, "description", dataset.Description, Absent.Null);
            ExportJson.OptionalString(w, "homepage", dataset.Homepage, Absent.Null);
            ExportJson.OptionalString(w, "introduced_by", dataset.IntroducedBy?.Id, Absent.Null);
            w.WriteString("url", urls.Absolute(urls.Dataset(dataset)));
            w.WriteStartArray("leaderboards");
            foreach (var leaderboard in dataset.Leaderboards)
            {
                w.WriteStartObject();
                w.WriteString("task", leaderboard.Task.Id);
                w.WriteString("rank_by", leaderboard.RankBy.Name);
                w.WriteStartArray("metrics");
                foreach (var metric in leaderboard.Metrics) ExportJson.Metric(w, metric, Absent.Null);
                w.WriteEndArray();
                Files(w, leaderboard, urls);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            ExportJson.FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("papers");
        foreach (var paper in model.Papers)
        {
            w.WriteStartObject();
            ExportJson.PaperFields(w, paper, urls, withAbstract: true);
            w.WriteStartArray("tags");
            foreach (var tag in paper.Tags) w.WriteStringValue(tag);
            w.WriteEndArray();
            w.WriteEndObject();
            ExportJson.FlushIfFull(w);
        }
        w.WriteEndArray();

        w.WriteStartArray("results");
        foreach (var result in model.Results)
        {
            w.WriteStartObject();
            w.WriteString("dataset", result.Leaderboard.Dataset.Id);
            w.WriteString("task", result.Leaderboard.Task.Id);
            ExportJson.OptionalString(w, "paper", result.Paper?.Id, Absent.Null);
            ExportJson.ResultFields(w, result, Absent.Null);
            if (result.Source is { } source) ExportJson.Source(w, source, Absent.Null);
            else w.WriteNull("source");
            w.WriteString("url", urls.Absolute(urls.Row(result)));
            w.WriteString("badge", urls.Absolute(urls.Badge(result)));
            w.WriteEndObject();
            ExportJson.FlushIfFull(w);
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>
    /// The index of leaderboards (<c>podium-leaderboards/2</c>): what names and ranks each board,
    /// its leader and its address. A value a board lacks has no key (<see cref="Absent.Omitted"/>),
    /// except <c>leader</c>, null on a board without a ranked result.
    /// </summary>
    public static byte[] Index(SiteModel model, SiteUrls urls) => ExportJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("format", IndexFormat);
        w.WriteStartArray("leaderboards");
        foreach (var leaderboard in model.Leaderboards)
        {
            w.WriteStartObject();
            ExportJson.LeaderboardIds(w, leaderboard);
            w.WriteStartObject("rank_by");
            w.WriteString("name", leaderboard.RankBy.Name);
            ExportJson.OptionalString(w, "unit", leaderboard.RankBy.Unit, Absent.Omitted);
            w.WriteBoolean("higher_is_better", leaderboard.RankBy.HigherIsBetter);
            w.WriteEndObject();
            w.WriteNumber("results", leaderboard.Rows.Count);
            if (leaderboard.Leader is { } leader)
            {
                w.WriteStartObject("leader");
                w.WriteString("model", leader.Model);
                w.WriteNumber("value", leader.Metrics[leaderboard.RankBy.Name].Value);
                w.WriteString("date", leader.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                ExportJson.OptionalString(w, "paper", leader.Paper?.Id, Absent.Omitted);
                w.WriteString("source_title", leader.SourceTitle);
                w.WriteEndObject();
            }
            else
            {
                // A board without a ranked result has no leader, as an unranked row has no rank.
                w.WriteNull("leader");
            }
            // Its files are beside it (leaderboard.csv, leaderboard.json, feed.xml): three more
            // absolute URLs per board were 3.4 MB at Papers with Code's scale.
            w.WriteString("url", urls.Absolute(urls.Leaderboard(leaderboard)));
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Files(Utf8JsonWriter w, Leaderboard leaderboard, SiteUrls urls)
    {
        w.WriteString("url", urls.Absolute(urls.Leaderboard(leaderboard)));
        w.WriteString("csv", urls.Absolute(urls.LeaderboardCsv(leaderboard)));
        w.WriteString("json", urls.Absolute(urls.LeaderboardJson(leaderboard)));
        w.WriteString("feed", urls.Absolute(urls.LeaderboardFeed(leaderboard)));
    }
}
