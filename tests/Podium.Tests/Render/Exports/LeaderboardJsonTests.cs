using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Exports;

/// <summary>
/// <c>leaderboard.json</c> (<c>podium-leaderboard/3</c>) says once what every row would repeat: a
/// row's link and badge follow from the file's addresses and the row's id, and a value a row lacks
/// has no key. What a row needs to cite and reach its paper stays in the row.
/// </summary>
public sealed class LeaderboardJsonTests(SotaSiteFixture fixture) : IClassFixture<SotaSiteFixture>
{
    private const string BasePath = "/lb/";
    private BuiltSite Site => fixture.Site;

    private JsonDocument Json() => JsonDocument.Parse(Site.Text(SotaSiteFixture.LeaderboardDir + "leaderboard.json"));

    [Fact]
    public void Each_rows_link_and_badge_follow_from_the_files_addresses_and_the_rows_id()
    {
        using var json = Json();
        var root = json.RootElement;
        var url = root.GetProperty("url").GetString()!;
        var table = root.GetProperty("table").GetString()!;
        // A board shown whole lists every row on its own page.
        Assert.Equal("https://example.org/lb/dataset/digits/classification/", url);
        Assert.Equal(url, table);
        var page = Site.Page(BuiltSite.FileFor(new Uri(table).AbsolutePath, BasePath));

        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(8, rows.Count);
        foreach (var row in rows)
        {
            Assert.False(row.TryGetProperty("url", out _));
            Assert.False(row.TryGetProperty("badge", out _));
            var id = row.GetProperty("id").GetString()!;
            Assert.Equal("tr", page.GetElementById(id)?.LocalName);
            var badge = new Uri(url + "badge/" + id + ".svg").AbsolutePath;
            Assert.True(File.Exists(Path.Combine(Site.Output, BuiltSite.FileFor(badge, BasePath))), badge);
        }
    }

    [Fact]
    public void A_value_a_row_lacks_has_no_key_and_only_an_unranked_rows_rank_is_null()
    {
        using var json = Json();
        var nulls = new List<string>();
        Nulls("$", json.RootElement, nulls);
        var unranked = json.RootElement.GetProperty("rows").EnumerateArray().ToList().FindIndex(r => r.GetProperty("model").GetString() == "Net F");
        Assert.Equal([$"$.rows[{unranked}].rank", $"$.rows[{unranked}].rank_range"], nulls);

        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("model").GetString()!);
        var e = rows["<b>Net E</b> & \"friends\""];
        Assert.Equal("https://example.org/e", e.GetProperty("code").GetString());
        Assert.Equal("Trained twice, best run reported.", e.GetProperty("notes").GetString());
        Assert.Equal(["id", "rank", "model", "metrics", "extra_training_data", "state_of_the_art", "date", "status", "rank_range", "paper"],
            rows["Net A"].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void A_row_names_its_paper_and_links_its_page_or_else_its_source()
    {
        using var json = Json();
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("model").GetString()!);

        var paper = rows["Net A"].GetProperty("paper");
        Assert.Equal("""{"id":"a-2015","title":"Paper A","date":"2015-03-01","url":"https://example.org/lb/paper/a-2015/"}""", paper.GetRawText());
        Assert.False(rows["Net A"].TryGetProperty("source", out _));

        var baseline = rows["Baseline G"];
        Assert.False(baseline.TryGetProperty("paper", out _));
        Assert.Equal("""{"title":"Baseline, in a repository","url":"https://example.org/baseline"}""", baseline.GetProperty("source").GetRawText());
    }

    private static void Nulls(string path, JsonElement element, List<string> nulls)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Null:
                nulls.Add(path);
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject()) Nulls($"{path}.{p.Name}", p.Value, nulls);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) Nulls($"{path}[{i++}]", item, nulls);
                break;
        }
    }
}

/// <summary>On a long board, whose page shows its first rows only, every row of <c>leaderboard.json</c> is linked on the page of all its rows.</summary>
public sealed class LongLeaderboardJsonTests(LongBoardFixture fixture) : IClassFixture<LongBoardFixture>
{
    [Fact]
    public void The_table_is_the_page_of_every_row_and_holds_each_rows_anchor()
    {
        var site = fixture.Site;
        using var json = JsonDocument.Parse(site.Text(Path.GetDirectoryName(LongBoardSite.BoardPage) + "/leaderboard.json"));
        var url = json.RootElement.GetProperty("url").GetString()!;
        Assert.Equal(url + "all/", json.RootElement.GetProperty("table").GetString());

        var basePath = new Uri(url).AbsolutePath[..(new Uri(url).AbsolutePath.IndexOf("dataset/", StringComparison.Ordinal))];
        var page = site.Page(BuiltSite.FileFor(new Uri(url + "all/").AbsolutePath, basePath));
        var anchors = page.QuerySelectorAll("table.leaderboard tbody tr").Select(r => r.Id).ToList();
        Assert.Equal(LongBoardFixture.Rows, anchors.Count);
        Assert.Equal(anchors, json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }
}
