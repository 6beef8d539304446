using System.Text;

namespace Podium.Bench.Corpus;

/// <summary>Writes the plan as a Podium content folder that passes `podium validate`.</summary>
internal static class PodiumContentWriter
{
    public static void Write(CorpusPlan plan, string directory)
    {
        foreach (var sub in new[] { "tasks", "datasets", "papers", "results" })
        {
            Directory.CreateDirectory(Path.Combine(directory, sub));
        }
        File.WriteAllText(Path.Combine(directory, "site.yaml"), """
            title: Podium Benchmark Corpus
            description: A synthetic leaderboard site at a chosen fraction of Papers with Code's size.
            base_url: https://example.org/bench/
            language: en

            """);
        Parallel.ForEach(plan.Tasks, task => Save(directory, $"tasks/{task.Id}.yaml", TaskFile(task)));
        Parallel.ForEach(plan.Datasets, dataset => Save(directory, $"datasets/{dataset.Id}.yaml", DatasetFile(dataset)));
        Parallel.ForEach(plan.Papers, paper =>
        {
            Save(directory, $"papers/{paper.Id}.md", PaperFile(paper));
            if (paper.Results.Count > 0) Save(directory, $"results/{paper.Id}.yaml", ResultsFile(paper));
        });
    }

    private static string TaskFile(TaskPlan task)
    {
        var text = new StringBuilder($"name: {Yaml.Quote(task.Name)}\n");
        if (task.Parent is not null) text.Append($"parent: {task.Parent}\n");
        return text.Append($"description: {Yaml.Block(task.Description, "  ")}\n").ToString();
    }

    private static string DatasetFile(DatasetPlan dataset)
    {
        var text = new StringBuilder($"name: {Yaml.Quote(dataset.Name)}\n")
            .Append($"description: {Yaml.Block(dataset.Description, "  ")}\n")
            .Append($"homepage: https://example.org/datasets/{dataset.Id}\n");
        if (dataset.IntroducedBy is not null) text.Append($"introduced_by: {dataset.IntroducedBy}\n");
        text.Append("leaderboards:\n");
        foreach (var board in dataset.Leaderboards)
        {
            text.Append($"  - task: {board.Task.Id}\n    metrics:\n");
            foreach (var metric in board.Metrics)
            {
                text.Append($"      - name: {Yaml.Quote(metric.Name)}\n");
                if (metric.Unit.Length > 0) text.Append($"        unit: {Yaml.Quote(metric.Unit)}\n");
                text.Append($"        higher_is_better: {(metric.HigherIsBetter ? "true" : "false")}\n");
            }
        }
        return text.ToString();
    }

    private static string PaperFile(PaperPlan paper)
    {
        var text = new StringBuilder("---\n")
            .Append($"title: {Yaml.Quote(paper.Title)}\n")
            .Append($"authors: {Yaml.List(paper.Authors)}\n")
            .Append($"date: {paper.Date:yyyy-MM-dd}\n");
        if (paper.Venue is not null) text.Append($"venue: {Yaml.Quote(paper.Venue)}\n");
        text.Append($"arxiv: {Yaml.Quote(paper.Arxiv)}\n").Append($"url: {paper.Url}\n");
        if (paper.Code.Length > 0) text.Append($"code: [{string.Join(", ", paper.Code)}]\n");
        text.Append($"tags: {Yaml.List(paper.Tags)}\n")
            .Append($"abstract: {Yaml.Block(paper.Abstract, "  ")}\n")
            .Append("---\n")
            .Append(paper.Summary).Append('\n');
        return text.ToString();
    }

    private static string ResultsFile(PaperPlan paper)
    {
        var text = new StringBuilder($"paper: {paper.Id}\nresults:\n");
        foreach (var result in paper.Results)
        {
            text.Append($"  - dataset: {result.Board.Dataset.Id}\n");
            if (result.Board.Dataset.Leaderboards.Count > 1) text.Append($"    task: {result.Board.Task.Id}\n");
            text.Append($"    model: {Yaml.Quote(result.Model)}\n    metrics:\n");
            for (var m = 0; m < result.Values.Length; m++)
            {
                if (result.Values[m] is not { } value) continue;
                text.Append($"      {Yaml.Quote(result.Board.Metrics[m].Name)}: {value}\n");
            }
            if (result.ExtraData) text.Append("    extra_training_data: true\n");
        }
        return text.ToString();
    }

    private static void Save(string directory, string relative, string text) =>
        File.WriteAllText(Path.Combine(directory, relative), text, Utf8);

    private static readonly UTF8Encoding Utf8 = new(false);
}
