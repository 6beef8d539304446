using System.Text.Json;
using AngleSharp.Html.Parser;
using Podium.Tests.Support;

namespace Podium.Tests.Render.Exports;

/// <summary>
/// The exports say what the page says: a row whose paper lists code has that Code link on the
/// page, in the CSV and in the JSON. Metric names head CSV columns and are defused like any text.
/// </summary>
public sealed class ExportCodeAndHeaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Build()
    {
        _temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        _temp.Write("content/tasks/classification.yaml", "name: Classification\n");
        _temp.Write("content/datasets/toy.yaml",
            "name: Toy\nleaderboards:\n  - task: classification\n    metrics:\n      - name: \"=HYPERLINK(\\\"https://evil.example\\\")\"\n        higher_is_better: true\n      - name: \"@Params\"\n        unit: M\n        higher_is_better: false\n");
        _temp.Write("content/papers/alpha-2020.md", "---\ntitle: Alpha\nauthors: [A. Author]\ndate: 2020-01-01\ncode: [https://github.com/example/alpha, https://github.com/example/other]\n---\n");
        _temp.Write("content/results/alpha-2020.yaml",
            "paper: alpha-2020\nresults:\n  - dataset: toy\n    model: Own code\n    code: https://github.com/example/own\n    metrics:\n      \"=HYPERLINK(\\\"https://evil.example\\\")\": 2\n  - dataset: toy\n    model: Paper code\n    metrics:\n      \"=HYPERLINK(\\\"https://evil.example\\\")\": 1\n");
        var output = _temp.Combine("site");
        var result = SiteBuilder.Build(new BuildOptions(_temp.Combine("content"), Repo.Templates, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Path.Combine(output, "dataset", "toy", "classification");
    }

    [Fact]
    public void A_row_whose_paper_lists_code_has_the_pages_code_link_in_both_exports()
    {
        var board = Build();

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(board, "index.html")));
        var pageLinks = page.QuerySelectorAll("table.leaderboard tbody tr")
            .Select(r => r.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h!.StartsWith("https://github.com/", StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(["https://github.com/example/own", "https://github.com/example/alpha"], pageLinks);

        var csv = File.ReadAllLines(Path.Combine(board, "leaderboard.csv"));
        var codeColumn = csv[0].Split(',').ToList().IndexOf("code");
        Assert.Equal(pageLinks, csv.Skip(1).Select(l => l.Split(',')[codeColumn]));

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(board, "leaderboard.json")));
        Assert.Equal(pageLinks, json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
    }

    [Fact]
    public void A_metric_without_a_unit_has_no_unit_key_in_the_json()
    {
        var board = Build();

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(board, "leaderboard.json")));
        var metrics = json.RootElement.GetProperty("metrics");
        Assert.Equal(["name", "higher_is_better"], metrics[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("M", metrics[1].GetProperty("unit").GetString());
    }

    [Fact]
    public void Csv_headers_are_defused_like_cells()
    {
        var board = Build();

        var header = File.ReadAllLines(Path.Combine(board, "leaderboard.csv"))[0];

        Assert.StartsWith("rank,model,\"'=HYPERLINK(\"\"https://evil.example\"\")\",'@Params (M),", header, StringComparison.Ordinal);
    }
}
