using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Exports;

/// <summary>leaderboard.json and leaderboard.csv carry status, rank range, evidence, uncertainty and checks as the content format says.</summary>
public sealed class EvidenceExportTests(EvidenceSiteFixture fixture) : IClassFixture<EvidenceSiteFixture>
{
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Json_rows_carry_evidence_uncertainty_and_checks_as_written_with_status_and_rank_range()
    {
        var text = Site.Text(EvidenceSiteFixture.BenchDir + "leaderboard.json");
        using var json = JsonDocument.Parse(text);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("model").GetString()!);

        Assert.Equal(["reproduced", "self-reported", "source-checked", "re-evaluated", "not-reproduced", "self-reported"],
            json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal("[3,5]", rows["ResNet-50 (long schedule)"].GetProperty("rank_range").GetRawText());
        Assert.Equal(JsonValueKind.Null, rows["Net F (no accuracy)"].GetProperty("rank_range").ValueKind);

        Assert.Equal("""{"table":"2","page":5,"url":"https://example.org/logs/c.txt"}""", rows["Net C"].GetProperty("evidence").GetRawText());
        // What a row lacks has no key (podium-leaderboard/3).
        Assert.False(rows["ResNet-50"].TryGetProperty("evidence", out _));
        // Digits as written: 81.20 stays 81.20, 77.0 stays 77.0.
        Assert.Equal("""{"Accuracy":{"std":0.2,"runs":2}}""", rows["Net E"].GetProperty("uncertainty").GetRawText());
        Assert.Equal("""{"Accuracy":{"ci95":[77.0,79.6]}}""", rows["ResNet-50"].GetProperty("uncertainty").GetRawText());
        Assert.Equal("""{"Accuracy":{"ci95":[79.9,80.7],"runs":5}}""", rows["Net B"].GetProperty("uncertainty").GetRawText());
        Assert.False(rows["Net C"].TryGetProperty("uncertainty", out _));
        Assert.Equal("""[{"kind":"reproduced","by":"Lab X","date":"2021-02-01","url":"https://example.org/repro/d","metrics":{"Accuracy":76.5}}]""",
            rows["ResNet-50"].GetProperty("checks").GetRawText());
        Assert.Equal("""[{"kind":"source-checked","by":"Jane Doe","date":"2020-01-05","metrics":{}}]""",
            rows["Net B"].GetProperty("checks").GetRawText());
        Assert.False(rows["Net E"].TryGetProperty("checks", out _));
    }

    [Fact]
    public void Csv_gains_status_evidence_and_a_plus_minus_column_per_metric_with_an_uncertainty()
    {
        var records = ParseCsv(Site.Text(EvidenceSiteFixture.BenchDir + "leaderboard.csv"));
        Assert.Equal(["rank", "model", "Accuracy (%)", "Accuracy ±", "Params (M)", "extra_training_data", "date", "paper_id",
            "source_title", "source_url", "code", "notes", "id", "status", "evidence"], records[0]);
        var byModel = records.Skip(1).ToDictionary(r => r[1]);
        Assert.Equal(["1", "81.5", "", "60", "reproduced", "Table 2, p. 5"], Pick(byModel["Net C"]));
        Assert.Equal(["2", "81.20", "0.2", "", "self-reported", "Table A.3"], Pick(byModel["Net E"]));
        Assert.Equal(["3", "80.3", "[79.9, 80.7]", "", "source-checked", "80.3 (79.9–80.7)"], Pick(byModel["Net B"]));
        Assert.Equal(["5", "78.0", "[77.0, 79.6]", "25.6", "not-reproduced", ""], Pick(byModel["ResNet-50"]));

        // Only Params has an uncertainty on the plain board.
        var plain = ParseCsv(Site.Text(EvidenceSiteFixture.PlainDir + "leaderboard.csv"));
        Assert.Equal(["Accuracy (%)", "Params (M)", "Params ±"], plain[0][2..5]);
        Assert.Equal("0.1", plain.Single(r => r[1] == "Plain A")[4]);
    }

    [Fact]
    public void Csv_and_json_round_trip_to_the_same_rows()
    {
        var csv = ParseCsv(Site.Text(EvidenceSiteFixture.BenchDir + "leaderboard.csv")).Skip(1)
            .Select(r => (Id: r[12], Status: r[13], Spread: r[3])).ToList();
        using var json = JsonDocument.Parse(Site.Text(EvidenceSiteFixture.BenchDir + "leaderboard.json"));
        var fromJson = json.RootElement.GetProperty("rows").EnumerateArray().Select(r =>
        {
            var spread = "";
            if (r.TryGetProperty("uncertainty", out var u) && u.TryGetProperty("Accuracy", out var a))
            {
                spread = a.TryGetProperty("std", out var std) ? std.GetRawText()
                    : $"[{a.GetProperty("ci95")[0].GetRawText()}, {a.GetProperty("ci95")[1].GetRawText()}]";
            }
            return (Id: r.GetProperty("id").GetString()!, Status: r.GetProperty("status").GetString()!, Spread: spread);
        }).ToList();
        Assert.Equal(fromJson, csv);
    }

    [Fact]
    public void A_leaderboard_of_version_1_content_says_every_row_is_self_reported()
    {
        var records = ParseCsv(Site.Text(EvidenceSiteFixture.PlainDir + "leaderboard.csv"));
        Assert.Equal("self-reported", records.Single(r => r[1] == "Plain A")[^2]);
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
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
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else field.Append(c);
        }
        return records;
    }

    private static string[] Pick(string[] row) => [row[0], row[2], row[3], row[4], row[13], row[14]];
}
