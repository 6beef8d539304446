using System.Text.Encodings.Web;
using System.Text.Json;
using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// The JSON pieces every export shares (metrics, a result, a paper), so the per-leaderboard files
/// and the site dump describe things the same way. URLs are absolute: the files are read off-site.
/// </summary>
internal static class ExportJson
{
    // The files are served as application/json, never inlined into HTML, so non-ASCII text
    // (Chinese model names, accents) stays readable instead of becoming \u escapes.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        Write(buffer, write);
        return buffer.ToArray();
    }

    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Utf8JsonWriter keeps everything in its buffer until flushed; big files call this per item.</summary>
    public static void FlushIfFull(Utf8JsonWriter w)
    {
        if (w.BytesPending > 1 << 16) w.Flush();
    }

    /// <summary>The <c>dataset</c> and <c>task</c> objects (id and name) that name a leaderboard.</summary>
    public static void LeaderboardIds(Utf8JsonWriter w, Leaderboard leaderboard)
    {
        w.WriteStartObject("dataset");
        w.WriteString("id", leaderboard.Dataset.Id);
        w.WriteString("name", leaderboard.Dataset.Name);
        w.WriteEndObject();
        w.WriteStartObject("task");
        w.WriteString("id", leaderboard.Task.Id);
        w.WriteString("name", leaderboard.Task.Name);
        w.WriteEndObject();
    }

    public static void Metric(Utf8JsonWriter w, Metric metric, Absent absent)
    {
        w.WriteStartObject();
        w.WriteString("name", metric.Name);
        OptionalString(w, "unit", metric.Unit, absent);
        w.WriteBoolean("higher_is_better", metric.HigherIsBetter);
        w.WriteEndObject();
    }

    /// <summary>Metric values keep the digits contributors wrote: decimal carries its scale, so 99.10 stays 99.10.</summary>
    public static void MetricValues(Utf8JsonWriter w, Leaderboard leaderboard, Result result)
    {
        w.WriteStartObject("metrics");
        foreach (var metric in leaderboard.Metrics)
        {
            if (result.Metrics.TryGetValue(metric.Name, out var value)) w.WriteNumber(metric.Name, value.Value);
        }
        w.WriteEndObject();
    }

    /// <summary>
    /// The fields of a result that the leaderboard file and the dump share, from <c>id</c> to
    /// <c>checks</c> (the caller opens and closes the object and adds where the result comes
    /// from). <c>rank</c> and <c>rank_range</c> are null on an unranked row whatever
    /// <paramref name="absent"/> says: they are what a row is for, and null is their answer.
    /// </summary>
    public static void ResultFields(Utf8JsonWriter w, Result result, Absent absent)
    {
        w.WriteString("id", result.Key);
        if (result.Rank is { } rank) w.WriteNumber("rank", rank);
        else w.WriteNull("rank");
        w.WriteString("model", result.Model);
        MetricValues(w, result.Leaderboard, result);
        w.WriteBoolean("extra_training_data", result.ExtraTrainingData);
        w.WriteBoolean("state_of_the_art", result.IsRecord);
        w.WriteString("date", Date(result.Date));
        OptionalString(w, "code", CodeLink.Of(result), absent);
        OptionalString(w, "notes", result.Notes, absent);
        EvidenceFields(w, result, absent);
    }

    /// <summary>A result's source when it has no paper: its title, and its link when it has one.</summary>
    public static void Source(Utf8JsonWriter w, Source source, Absent absent)
    {
        w.WriteStartObject("source");
        w.WriteString("title", source.Title);
        OptionalString(w, "url", source.Url, absent);
        w.WriteEndObject();
    }

    /// <summary>
    /// Status, rank range, and the evidence, uncertainty and checks as written (numbers keep their
    /// digits); absent evidence, uncertainty and checks as <paramref name="absent"/> says.
    /// </summary>
    private static void EvidenceFields(Utf8JsonWriter w, Result result, Absent absent)
    {
        w.WriteString("status", ResultStatuses.Name(result.Status));
        if (result.RankRange is { } range)
        {
            w.WriteStartArray("rank_range");
            w.WriteNumberValue(range.Best);
            w.WriteNumberValue(range.Worst);
            w.WriteEndArray();
        }
        else
        {
            w.WriteNull("rank_range");
        }

        if (result.Evidence is { } e)
        {
            w.WriteStartObject("evidence");
            if (e.Table is not null) w.WriteString("table", e.Table);
            if (e.Figure is not null) w.WriteString("figure", e.Figure);
            if (e.Page is { } page) w.WriteNumber("page", page);
            if (e.Quote is not null) w.WriteString("quote", e.Quote);
            if (e.Url is not null) w.WriteString("url", e.Url);
            w.WriteEndObject();
        }
        else if (absent == Absent.Null)
        {
            w.WriteNull("evidence");
        }

        if (result.Uncertainty.Count > 0)
        {
            w.WriteStartObject("uncertainty");
            // In the leaderboard's metric order, like the metrics themselves.
            foreach (var metric in result.Leaderboard.Metrics)
            {
                if (!result.Uncertainty.TryGetValue(metric.Name, out var u)) continue;
                w.WriteStartObject(metric.Name);
                if (u.Std is { } std) w.WriteNumber("std", std.Value);
                if (u.Ci95 is { } ci)
                {
                    w.WriteStartArray("ci95");
                    w.WriteNumberValue(ci.Low.Value);
                    w.WriteNumberValue(ci.High.Value);
                    w.WriteEndArray();
                }
                if (u.Runs is { } runs) w.WriteNumber("runs", runs);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        else if (absent == Absent.Null)
        {
            w.WriteNull("uncertainty");
        }

        if (result.Checks.Count == 0 && absent == Absent.Omitted) return;
        w.WriteStartArray("checks");
        foreach (var check in result.Checks)
        {
            w.WriteStartObject();
            w.WriteString("kind", CheckKinds.Name(check.Kind));
            w.WriteString("by", check.By);
            w.WriteString("date", Date(check.Date));
            OptionalString(w, "url", check.Url, absent);
            w.WriteStartObject("metrics");
            foreach (var (name, value) in check.Metrics) w.WriteNumber(name, value.Value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A paper with all its metadata, absent values null: the site dump's papers.</summary>
    public static void PaperFields(Utf8JsonWriter w, Paper paper, SiteUrls urls, bool withAbstract)
    {
        w.WriteString("id", paper.Id);
        w.WriteString("title", paper.Title);
        w.WriteStartArray("authors");
        foreach (var author in paper.Authors) w.WriteStringValue(author);
        w.WriteEndArray();
        w.WriteString("date", Date(paper.Date));
        OptionalString(w, "venue", paper.Venue, Absent.Null);
        OptionalString(w, "arxiv", paper.Arxiv, Absent.Null);
        OptionalString(w, "paper_url", paper.Url, Absent.Null);
        w.WriteStartArray("code");
        foreach (var code in paper.Code) w.WriteStringValue(code);
        w.WriteEndArray();
        if (withAbstract) OptionalString(w, "abstract", paper.Abstract, Absent.Null);
        w.WriteString("url", urls.Absolute(urls.Paper(paper)));
    }

    /// <summary>
    /// A row's paper in <c>leaderboard.json</c>: what names it (id, title, date, arXiv id) and its
    /// page here, as Papers with Code's evaluation tables named a row's paper. Its authors, venue,
    /// own link, code links, tags and abstract are on that page and in the dump, once per paper
    /// rather than on every row of every board (10 MB of 60,000 rows at Papers with Code's scale).
    /// </summary>
    public static void PaperReference(Utf8JsonWriter w, Paper paper, SiteUrls urls)
    {
        w.WriteStartObject("paper");
        w.WriteString("id", paper.Id);
        w.WriteString("title", paper.Title);
        w.WriteString("date", Date(paper.Date));
        OptionalString(w, "arxiv", paper.Arxiv, Absent.Omitted);
        w.WriteString("url", urls.Absolute(urls.Paper(paper)));
        w.WriteEndObject();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static void OptionalString(Utf8JsonWriter w, string name, string? value, Absent absent)
    {
        if (value is not null) w.WriteString(name, value);
        else if (absent == Absent.Null) w.WriteNull(name);
    }
}
