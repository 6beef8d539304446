using Podium.Tests.Support;

namespace Podium.Tests.Site;

/// <summary>
/// A task page lists its own leaderboards, then the most active of its subtasks' (twelve), and says
/// how many more its subtasks have; each subtask's page lists all of its own.
/// </summary>
public sealed class TaskPageTests : IDisposable
{
    private const int Boards = 15;
    private readonly TempDirectory _temp = new();
    private readonly BuiltSite _site;

    public TaskPageTests()
    {
        _temp.Write("content/site.yaml", "title: Areas\nbase_url: https://example.org/areas/\n");
        _temp.Write("content/tasks/vision.yaml", "name: Vision\n");
        _temp.Write("content/tasks/detection.yaml", "name: Detection\nparent: vision\n");
        // Dataset n has n results on its one board, so the most active boards are d15, d14, … d4.
        for (var n = 1; n <= Boards; n++)
        {
            _temp.Write($"content/datasets/d{n:00}.yaml",
                $"name: Set {n:00}\nleaderboards:\n  - task: detection\n    metrics:\n      - {{ name: mAP, higher_is_better: true }}\n");
            var results = string.Concat(Enumerable.Range(1, n).Select(r => $"  - dataset: d{n:00}\n    model: Model {r}\n    metrics: {{ mAP: {r}.0 }}\n"));
            _temp.Write($"content/results/board-{n:00}.yaml", $"source:\n  title: Benchmark {n}\n  date: 2020-01-{n:00}\nresults:\n{results}");
        }
        _site = new BuiltSite(_temp.Combine("content"));
    }

    [Fact]
    public void An_area_lists_the_twelve_most_active_leaderboards_of_its_subtasks_and_says_how_many_it_has()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));
        var area = _site.Page("task/vision/index.html");
        var names = area.QuerySelectorAll(".summary-table tbody th > a").Select(a => a.TextContent).ToList();
        Assert.Equal(Enumerable.Range(4, 12).Reverse().Select(n => $"Set {n:00}"), names);
        Assert.Equal("With the 12 most active of the 15 leaderboards of its subtasks; each subtask's page lists all of its own.",
            area.QuerySelector("main section p.muted.small")!.TextContent);

        var subtask = _site.Page("task/detection/index.html");
        Assert.Equal(Boards, subtask.QuerySelectorAll(".summary-table tbody tr").Length);
        Assert.Null(subtask.QuerySelector("main section p.muted.small"));
    }

    public void Dispose()
    {
        _site.Dispose();
        _temp.Dispose();
    }
}
