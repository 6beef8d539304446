using System.Text;

namespace Podium.Bench.Corpus;

/// <summary>
/// Writes the plan as the content folder of a Hugo site (bench/hugo/ holds its configuration and
/// layouts) with the same pages as Podium builds: one per task, dataset, leaderboard and paper,
/// and a paginated papers index. Data a page shows from other pages (a leaderboard's rows, a
/// paper's ranks) is written into the page's front matter ready to print, so Hugo does no
/// ranking or cross-referencing: the comparison errs in Hugo's favour.
/// </summary>
internal static class HugoContentWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(CorpusPlan plan, string directory)
    {
        foreach (var section in new[] { "task", "dataset", "leaderboard", "paper" })
        {
            Directory.CreateDirectory(Path.Combine(directory, section));
        }
        Save(directory, "_index.md", "---\ntitle: Podium Benchmark Corpus\n---\n");
        Save(directory, "task/_index.md", "---\ntitle: Tasks\n---\n");
        Save(directory, "dataset/_index.md", "---\ntitle: Datasets\n---\n");
        Save(directory, "paper/_index.md", "---\ntitle: Papers\n---\n");
        // Leaderboards live under /dataset/<id>/<task>/; their section has no list page of its own.
        Save(directory, "leaderboard/_index.md", "---\ntitle: Leaderboards\n_build:\n  render: never\n  list: local\n---\n");

        var children = plan.Tasks.Where(t => t.Parent is not null).ToLookup(t => t.Parent!);
        var boardsByTask = plan.Leaderboards.ToLookup(b => b.Task.Id);
        var tasks = plan.Tasks.ToDictionary(t => t.Id);
        Parallel.ForEach(plan.Tasks, task => Save(directory, $"task/{task.Id}.md", TaskPage(task, tasks, children[task.Id], boardsByTask[task.Id])));
        Parallel.ForEach(plan.Datasets, dataset => Save(directory, $"dataset/{dataset.Id}.md", DatasetPage(dataset)));
        Parallel.ForEach(plan.Leaderboards, board => Save(directory, $"leaderboard/{board.Dataset.Id}--{board.Task.Id}.md", LeaderboardPage(board)));
        Parallel.ForEach(plan.Papers, paper => Save(directory, $"paper/{paper.Id}.md", PaperPage(paper)));
    }

    private static string TaskPage(TaskPlan task, Dictionary<string, TaskPlan> tasks, IEnumerable<TaskPlan> children, IEnumerable<LeaderboardPlan> boards)
    {
        var text = new StringBuilder("---\n")
            .Append($"title: {Yaml.Quote(task.Name)}\nurl: /task/{task.Id}/\n");
        var crumbs = new List<TaskPlan>();
        for (var parent = task.Parent; parent is not null; parent = tasks[parent].Parent) crumbs.Insert(0, tasks[parent]);
        text.Append("crumbs:\n");
        foreach (var crumb in crumbs) text.Append($"  - {{name: {Yaml.Quote(crumb.Name)}, url: /task/{crumb.Id}/}}\n");
        text.Append("subtasks:\n");
        foreach (var child in children) text.Append($"  - {{name: {Yaml.Quote(child.Name)}, url: /task/{child.Id}/}}\n");
        text.Append("leaderboards:\n");
        foreach (var board in boards) AppendLeaderSummary(text, board);
        return text.Append("---\n").Append(task.Description).Append('\n').ToString();
    }

    private static string DatasetPage(DatasetPlan dataset)
    {
        var text = new StringBuilder("---\n")
            .Append($"title: {Yaml.Quote(dataset.Name)}\nurl: /dataset/{dataset.Id}/\n")
            .Append($"homepage: https://example.org/datasets/{dataset.Id}\n");
        text.Append("leaderboards:\n");
        foreach (var board in dataset.Leaderboards)
        {
            text.Append($"  - task: {Yaml.Quote(board.Task.Name)}\n    task_url: /task/{board.Task.Id}/\n    url: /dataset/{dataset.Id}/{board.Task.Id}/\n");
            text.Append($"    count: {board.Results.Count}\n");
            AppendTable(text, board, board.Results.Take(5), "    ");
        }
        return text.Append("---\n").Append(dataset.Description).Append('\n').ToString();
    }

    private static string LeaderboardPage(LeaderboardPlan board)
    {
        var text = new StringBuilder("---\n")
            .Append($"title: {Yaml.Quote($"{board.Task.Name} on {board.Dataset.Name}")}\n")
            .Append($"url: /dataset/{board.Dataset.Id}/{board.Task.Id}/\n")
            .Append($"dataset: {Yaml.Quote(board.Dataset.Name)}\ndataset_url: /dataset/{board.Dataset.Id}/\n")
            .Append($"task: {Yaml.Quote(board.Task.Name)}\ntask_url: /task/{board.Task.Id}/\n");
        AppendTable(text, board, board.Results, "");
        return text.Append("---\n").Append(board.Dataset.Description).Append('\n').ToString();
    }

    private static void AppendTable(StringBuilder text, LeaderboardPlan board, IEnumerable<ResultPlan> rows, string indent)
    {
        text.Append($"{indent}metrics:\n");
        foreach (var metric in board.Metrics)
        {
            text.Append($"{indent}  - {{name: {Yaml.Quote(metric.Name)}, unit: {Yaml.Quote(metric.Unit)}, arrow: {(metric.HigherIsBetter ? "↑" : "↓")}}}\n");
        }
        text.Append($"{indent}rows:\n");
        foreach (var row in rows)
        {
            text.Append($"{indent}  - rank: {(row.Rank > 0 ? row.Rank.ToString() : "\"–\"")}\n")
                .Append($"{indent}    model: {Yaml.Quote(row.Model)}\n")
                .Append($"{indent}    extra: {(row.ExtraData ? "true" : "false")}\n")
                .Append($"{indent}    paper: {Yaml.Quote(row.Paper.Title)}\n")
                .Append($"{indent}    paper_url: /paper/{row.Paper.Id}/\n")
                .Append($"{indent}    venue: {Yaml.Quote(row.Paper.Venue ?? "")}\n")
                .Append($"{indent}    date: {row.Paper.Date:yyyy-MM-dd}\n")
                .Append($"{indent}    code: {Yaml.Quote(row.Paper.Code.FirstOrDefault() ?? "")}\n")
                .Append($"{indent}    values: {Yaml.List(row.Values.Select(v => v ?? ""))}\n");
        }
    }

    private static void AppendLeaderSummary(StringBuilder text, LeaderboardPlan board)
    {
        var leader = board.Results.FirstOrDefault(r => r.Rank == 1);
        text.Append($"  - {{dataset: {Yaml.Quote(board.Dataset.Name)}, url: /dataset/{board.Dataset.Id}/{board.Task.Id}/, ")
            .Append($"model: {Yaml.Quote(leader?.Model ?? "")}, value: {Yaml.Quote(leader?.Values[0] ?? "")}, ")
            .Append($"metric: {Yaml.Quote(board.Metrics[0].Name)}, paper: {Yaml.Quote(leader?.Paper.Title ?? "")}, ")
            .Append($"paper_url: {(leader is null ? "\"\"" : $"/paper/{leader.Paper.Id}/")}}}\n");
    }

    private static string PaperPage(PaperPlan paper)
    {
        var text = new StringBuilder("---\n")
            .Append($"title: {Yaml.Quote(paper.Title)}\nurl: /paper/{paper.Id}/\n")
            .Append($"date: {paper.Date:yyyy-MM-dd}\n")
            .Append($"authors: {Yaml.List(paper.Authors)}\n")
            .Append($"venue: {Yaml.Quote(paper.Venue ?? "")}\n")
            .Append($"arxiv: {Yaml.Quote(paper.Arxiv)}\n")
            .Append($"code: {Yaml.List(paper.Code)}\n")
            .Append($"paper_tags: {Yaml.List(paper.Tags)}\n")
            .Append($"abstract: {Yaml.Block(paper.Abstract, "  ")}\n");
        text.Append("results:\n");
        foreach (var result in paper.Results)
        {
            var values = string.Join(" · ", result.Board.Metrics.Select((m, i) => (m, v: result.Values[i]))
                .Where(x => x.v is not null).Select(x => $"{x.m.Name} {x.v}{x.m.Unit}"));
            var ranked = result.Board.Results.Count(r => r.Rank > 0);
            text.Append($"  - {{board: {Yaml.Quote($"{result.Board.Task.Name} on {result.Board.Dataset.Name}")}, ")
                .Append($"url: /dataset/{result.Board.Dataset.Id}/{result.Board.Task.Id}/, model: {Yaml.Quote(result.Model)}, ")
                .Append($"rank: {Yaml.Quote(result.Rank > 0 ? $"{result.Rank} of {ranked}" : "not ranked")}, values: {Yaml.Quote(values)}}}\n");
        }
        return text.Append("---\n").Append(paper.Summary).Append('\n').ToString();
    }

    private static void Save(string directory, string relative, string text) =>
        File.WriteAllText(Path.Combine(directory, relative), text, Utf8);
}
