using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Exports;

/// <summary>
/// <c>data/leaderboards.json</c> (<c>podium-leaderboards/2</c>) gives each board its address once:
/// its files are beside it. A value a board lacks has no key, but a board without a ranked result
/// says so with a null leader.
/// </summary>
public sealed class LeaderboardIndexTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private (string Output, JsonElement Index) Build()
    {
        _temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/sub/\n");
        _temp.Write("content/tasks/classification.yaml", "name: Classification\n");
        _temp.Write("content/datasets/toy.yaml",
            "name: Toy\nleaderboards:\n  - task: classification\n    metrics:\n      - name: Score\n        higher_is_better: true\n      - name: Params\n        unit: M\n        higher_is_better: false\n");
        _temp.Write("content/datasets/empty.yaml",
            "name: Empty\nleaderboards:\n  - task: classification\n    metrics:\n      - name: Accuracy\n        unit: \"%\"\n        higher_is_better: true\n      - name: Params\n        unit: M\n        higher_is_better: false\n");
        _temp.Write("content/results/repo.yaml",
            "source:\n  title: A repository\n  date: 2020-01-01\nresults:\n  - dataset: toy\n    model: Repo net\n    metrics: { Score: 7 }\n  - dataset: empty\n    model: Small net\n    metrics: { Params: 3 }\n");
        var output = _temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(_temp.Combine("content"), Repo.Templates, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "data", "leaderboards.json")));
        return (output, json.RootElement.Clone());
    }

    [Fact]
    public void Each_board_has_one_address_and_its_files_are_beside_it()
    {
        var (output, index) = Build();
        Assert.Equal("podium-leaderboards/2", index.GetProperty("format").GetString());
        var boards = index.GetProperty("leaderboards").EnumerateArray().ToList();
        Assert.Equal(2, boards.Count);
        foreach (var board in boards)
        {
            Assert.Equal(["dataset", "task", "rank_by", "results", "leader", "url"], board.EnumerateObject().Select(p => p.Name));
            var url = board.GetProperty("url").GetString()!;
            Assert.Equal($"https://example.org/sub/dataset/{board.GetProperty("dataset").GetProperty("id").GetString()}/classification/", url);
            foreach (var file in new[] { "leaderboard.csv", "leaderboard.json", "feed.xml" })
            {
                Assert.True(File.Exists(Path.Combine(output, BuiltSite.FileFor(new Uri(url + file).AbsolutePath, "/sub/"))), url + file);
            }
        }
    }

    [Fact]
    public void What_a_board_lacks_has_no_key_and_a_board_without_a_ranked_result_has_a_null_leader()
    {
        var (_, index) = Build();
        var boards = index.GetProperty("leaderboards").EnumerateArray().ToDictionary(b => b.GetProperty("dataset").GetProperty("id").GetString()!);

        var toy = boards["toy"];
        Assert.Equal("""{"name":"Score","higher_is_better":true}""", toy.GetProperty("rank_by").GetRawText());
        // The leader comes from a source, not a paper.
        Assert.Equal("""{"model":"Repo net","value":7,"date":"2020-01-01","source_title":"A repository"}""", toy.GetProperty("leader").GetRawText());

        var empty = boards["empty"];
        Assert.Equal("%", empty.GetProperty("rank_by").GetProperty("unit").GetString());
        Assert.Equal(1, empty.GetProperty("results").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("leader").ValueKind);
    }
}
