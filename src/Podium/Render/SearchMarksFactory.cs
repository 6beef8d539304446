using System.Globalization;
using Podium.Model;
using Podium.Render.Views;

namespace Podium.Render;

/// <summary>The search filters of each indexed page: its kind, the areas it belongs to and (papers) its year.</summary>
public sealed class SearchMarksFactory(UiStrings t)
{
    public SearchMarks Task(BenchmarkTask task) => new(t["kind_task"], [AreaOf(task).Name], null);

    public SearchMarks Dataset(Dataset dataset) => new(t["kind_dataset"], Areas(dataset.Leaderboards.Select(l => l.Task)), null);

    public SearchMarks Leaderboard(Leaderboard leaderboard) => new(t["kind_leaderboard"], [AreaOf(leaderboard.Task).Name], null);

    public SearchMarks Paper(Paper paper) =>
        new(t["kind_paper"], Areas(paper.Results.Select(r => r.Leaderboard.Task)), paper.Date.Year.ToString(CultureInfo.InvariantCulture));

    public SearchMarks Author(PaperGroup author) => new(t["kind_author"], Areas(author.Papers.SelectMany(p => p.Results).Select(r => r.Leaderboard.Task)), null);

    private static BenchmarkTask AreaOf(BenchmarkTask task)
    {
        while (task.Parent is not null) task = task.Parent;
        return task;
    }

    private static IReadOnlyList<string> Areas(IEnumerable<BenchmarkTask> tasks) =>
        tasks.Select(AreaOf).Select(a => a.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
