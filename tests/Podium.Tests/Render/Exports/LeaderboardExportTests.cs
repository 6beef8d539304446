using System.Text;
using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Exports;

/// <summary>The CSV and JSON beside a leaderboard page hold the page's rows, in its order, with values as written.</summary>
public sealed class LeaderboardExportTests(SotaSiteFixture fixture) : IClassFixture<SotaSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    private List<(string Rank, string Model, string Error, string Params)> PageRows() =>
        Site.Page(SotaSiteFixture.LeaderboardDir + "index.html").QuerySelectorAll("table.leaderboard tbody tr")
            .Select(r => (r.QuerySelector("td")!.TextContent, BuiltSite.Model(r),
                BuiltSite.MetricCells(r)[0].TextContent.Trim(), BuiltSite.MetricCells(r)[1].TextContent.Trim()))
            .ToList();

    [Fact]
    public void Csv_round_trips_to_the_page_rows_in_order()
    {
        var records = ParseCsv(Site.Text(SotaSiteFixture.LeaderboardDir + "leaderboard.csv"));
        var header = records[0];
        Assert.Equal(["rank", "model", "Error rate (%)", "Params (M)", "extra_training_data", "date", "paper_id",
            "source_title", "source_url", "code", "notes", "id", "status", "evidence"], header);

        var rows = records.Skip(1).Select(r => (Rank: r[0] == "" ? "–" : r[0], Model: r[1].TrimStart('\''), Error: r[2], Params: r[3])).ToList();
        Assert.Equal(PageRows(), rows);
        // Spreadsheets would run "=Net H" as a formula: the export defuses it.
        Assert.Equal("'=Net H", records[2][1]);
        Assert.Equal("6.00", records.Single(r => r[1] == "Net B")[2]);
        Assert.Equal("true", records.Single(r => r[1] == "Net C")[4]);
        Assert.Equal("https://example.org/baseline", records.Single(r => r[1] == "Baseline G")[8]);
    }

    [Fact]
    public void Json_round_trips_to_the_page_rows_in_order_with_digits_as_written()
    {
        var text = Site.Text(SotaSiteFixture.LeaderboardDir + "leaderboard.json");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("podium-leaderboard/3", root.GetProperty("format").GetString());
        Assert.Equal("Error rate", root.GetProperty("rank_by").GetString());
        Assert.False(root.GetProperty("metrics")[0].GetProperty("higher_is_better").GetBoolean());

        var rows = root.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var metrics = r.GetProperty("metrics");
            return (
                r.GetProperty("rank").ValueKind == JsonValueKind.Null ? "–" : r.GetProperty("rank").GetInt32().ToString(),
                r.GetProperty("model").GetString()!,
                metrics.TryGetProperty("Error rate", out var e) ? e.GetRawText() : "",
                metrics.TryGetProperty("Params", out var p) ? p.GetRawText() : "");
        }).ToList();
        Assert.Equal(PageRows(), rows);
        Assert.Contains("\"Error rate\":6.00", text);

        var first = root.GetProperty("rows")[0];
        // Abstracts live on the paper pages only (the page script reads them there).
        Assert.False(first.GetProperty("paper").TryGetProperty("abstract", out _));
        Assert.DoesNotContain("First paragraph of the abstract", text);
        Assert.True(first.GetProperty("state_of_the_art").GetBoolean());
    }

    [Fact]
    public void Every_row_has_an_anchor_matching_its_export_id()
    {
        var ids = Site.Page(SotaSiteFixture.LeaderboardDir + "index.html").QuerySelectorAll("table.leaderboard tbody tr").Select(r => r.Id).ToList();
        using var json = JsonDocument.Parse(Site.Text(SotaSiteFixture.LeaderboardDir + "leaderboard.json"));
        Assert.Equal(ids, json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.All(ids, id => Assert.Matches("^r-[0-9a-f]{10}$", id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Site_dump_and_index_describe_every_leaderboard_result_and_paper()
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(Site.Output, "data", "podium.json.gz")), System.IO.Compression.CompressionMode.Decompress);
        using var dump = JsonDocument.Parse(gzip);
        var root = dump.RootElement;
        Assert.Equal("podium-site/1", root.GetProperty("format").GetString());
        Assert.Equal(8, root.GetProperty("results").GetArrayLength());
        Assert.Equal(6, root.GetProperty("papers").GetArrayLength());
        var leaderboard = root.GetProperty("datasets")[0].GetProperty("leaderboards")[0];
        Assert.Equal("classification", leaderboard.GetProperty("task").GetString());
        Assert.Equal("https://example.org/lb/dataset/digits/classification/leaderboard.csv", leaderboard.GetProperty("csv").GetString());
        Assert.All(root.GetProperty("results").EnumerateArray(), r => Assert.Equal("digits", r.GetProperty("dataset").GetString()));
        // The dump keeps everything leaderboard.json leaves to rules or to the paper's page: each
        // result's link and badge, absent values as null, a paper's code links and abstract.
        var result = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("model").GetString() == "Net A");
        Assert.StartsWith("https://example.org/lb/dataset/digits/classification/#r-", result.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://example.org/lb/dataset/digits/classification/badge/r-", result.GetProperty("badge").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("notes").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("evidence").ValueKind);
        Assert.Equal("[]", result.GetProperty("checks").GetRawText());
        var paper = root.GetProperty("papers").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "a-2015");
        Assert.Equal("[]", paper.GetProperty("code").GetRawText());
        Assert.Equal(JsonValueKind.Null, paper.GetProperty("venue").ValueKind);
        Assert.StartsWith("First paragraph of the abstract of Paper A.", paper.GetProperty("abstract").GetString(), StringComparison.Ordinal);

        using var index = JsonDocument.Parse(Site.Text("data/leaderboards.json"));
        var entry = index.RootElement.GetProperty("leaderboards")[0];
        Assert.Equal("<b>Net E</b> & \"friends\"", entry.GetProperty("leader").GetProperty("model").GetString());
        Assert.Equal("2.5", entry.GetProperty("leader").GetProperty("value").GetRawText());
        Assert.Equal(8, entry.GetProperty("results").GetInt32());
    }

    /// <summary>A strict RFC 4180 reader: quoted fields may hold commas, quotes and line breaks; records end in CRLF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && text[i + 1] == '\n') { record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++; }
            else field.Append(c);
        }
        Assert.Empty(record); // the file ends with CRLF
        Assert.All(records, r => Assert.Equal(records[0].Count, r.Count));
        return records;
    }
}
