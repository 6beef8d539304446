using System.Globalization;

namespace Podium.Bench.Corpus;

internal sealed record TaskPlan(string Id, string Name, string? Parent, string Description);

internal sealed record MetricPlan(string Name, string Unit, bool HigherIsBetter, double Low, double High, int Decimals);

internal sealed record LeaderboardPlan(DatasetPlan Dataset, TaskPlan Task, MetricPlan[] Metrics)
{
    public List<ResultPlan> Results { get; } = [];
    public string Key => $"{Dataset.Id}/{Task.Id}";
}

internal sealed record DatasetPlan(string Id, string Name, string Description, string? IntroducedBy)
{
    public List<LeaderboardPlan> Leaderboards { get; } = [];
}

internal sealed record PaperPlan(
    string Id, string Title, string[] Authors, DateOnly Date, string? Venue, string Arxiv,
    string[] Code, string[] Tags, string Abstract, string Summary)
{
    public List<ResultPlan> Results { get; } = [];
    public string Url => $"https://arxiv.org/abs/{Arxiv}";
}

/// <summary>One result row; Values[i] belongs to Board.Metrics[i] and is null when not reported.</summary>
internal sealed record ResultPlan(LeaderboardPlan Board, PaperPlan Paper, string Model, string?[] Values, bool ExtraData)
{
    /// <summary>Competition rank on its leaderboard, 0 when the ranking metric is missing.</summary>
    public int Rank { get; set; }
    public double? Score => Values[0] is { } v ? double.Parse(v, CultureInfo.InvariantCulture) : null;
}

/// <summary>How big a corpus is; scale 1 is Papers with Code's size.</summary>
internal sealed record CorpusSize(int Tasks, int Leaderboards, int Papers, int Results)
{
    public static CorpusSize AtScale(double scale) => new(
        Math.Max(12, (int)(4_500 * scale)),
        Math.Max(10, (int)(10_000 * scale)),
        Math.Max(20, (int)(50_000 * scale)),
        Math.Max(30, (int)(60_000 * scale)));
}

/// <summary>
/// The whole synthetic corpus in memory, drawn from one seeded generator so the same size and
/// seed always give the same corpus. Both writers read this plan, so the Podium content and the
/// Hugo site describe exactly the same tasks, leaderboards, papers and rows.
/// </summary>
internal sealed class CorpusPlan
{
    private static readonly MetricPlan[] MetricPool =
    [
        new("Accuracy", "%", true, 40, 99.5, 1),
        new("Top-5 Accuracy", "%", true, 60, 99.9, 1),
        new("F1", "", true, 30, 97, 2),
        new("BLEU", "", true, 8, 48, 1),
        new("mAP", "%", true, 10, 80, 1),
        new("PSNR", "dB", true, 20, 42, 2),
        new("Error Rate", "%", false, 0.5, 40, 2),
        new("FID", "", false, 1.5, 80, 2),
        new("Params", "M", false, 1, 2000, 0),
        new("WER", "%", false, 1, 35, 2),
    ];

    private static readonly string[] Venues =
        ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "TPAMI", "JMLR", "KDD", "WACV"];

    private static readonly DateOnly FirstDate = new(2012, 1, 1);
    private const int DateSpanDays = 4_930; // to mid-2025

    public List<TaskPlan> Tasks { get; } = [];
    public List<DatasetPlan> Datasets { get; } = [];
    public List<LeaderboardPlan> Leaderboards { get; } = [];
    public List<PaperPlan> Papers { get; } = [];

    public static CorpusPlan Create(CorpusSize size, int seed)
    {
        var plan = new CorpusPlan();
        var random = new Random(seed);
        var words = new Words(random);
        plan.AddTasks(size.Tasks, random, words);
        plan.AddPapers(size.Papers, random, words);
        plan.AddDatasets(size.Leaderboards, random, words);
        plan.AddResults(size.Results, random, words);
        foreach (var board in plan.Leaderboards) Rank(board);
        return plan;
    }

    /// <summary>Areas at the top, then two more levels; every task has a parent that came before it.</summary>
    private void AddTasks(int count, Random random, Words words)
    {
        var areas = Math.Clamp(count / 300, 3, 16);
        var secondLevel = Math.Max(areas, count / 10);
        for (var i = 0; i < count; i++)
        {
            string? parent = i < areas ? null
                : i < secondLevel ? Tasks[random.Next(areas)].Id
                : Tasks[random.Next(areas, secondLevel)].Id;
            var name = i < areas
                ? $"{Words.Capital(words.Adjective())} {Words.Capital(words.Noun())} Studies"
                : $"{Words.Capital(words.Adjective())} {Words.Capital(words.Noun())} {Words.Capital(words.Noun())}";
            Tasks.Add(new TaskPlan($"{Slug(name)}-{i}", name, parent, words.Paragraph(random.Next(1, 3))));
        }
    }

    private void AddPapers(int count, Random random, Words words)
    {
        var authorPool = Math.Max(100, count * 6 / 10);
        var tagPool = Enumerable.Range(0, Math.Max(20, Math.Min(1_500, count / 30)))
            .Select(t => $"{words.Adjective()} {words.Noun()} {t}").ToArray();
        for (var i = 0; i < count; i++)
        {
            var title = words.Title();
            var date = FirstDate.AddDays(random.Next(DateSpanDays));
            // Skewed draws (u² and u³) make a few authors and tags very common, as in real corpora.
            var authors = Enumerable.Range(0, random.Next(2, 9))
                .Select(_ => words.PersonName((int)(authorPool * Math.Pow(random.NextDouble(), 2))))
                .Distinct(StringComparer.Ordinal).ToArray();
            var tags = Enumerable.Range(0, random.Next(1, 5))
                .Select(_ => tagPool[(int)(tagPool.Length * Math.Pow(random.NextDouble(), 3))])
                .Distinct(StringComparer.Ordinal).ToArray();
            var venue = random.Next(10) < 7 ? $"{Venues[random.Next(Venues.Length)]} {date.Year + random.Next(2)}" : null;
            var arxiv = $"{date.Year % 100:00}{date.Month:00}.{i % 100_000:00000}";
            string[] code = random.Next(2) == 0 ? [$"https://github.com/{Slug(authors[0])}/{Slug(title)[..Math.Min(30, Slug(title).Length)]}"] : [];
            var id = $"{Slug(title).Split('-')[0]}-{Slug(title).Split('-')[1]}-{date.Year}-{i}";
            Papers.Add(new PaperPlan(id, title, authors, date, venue, arxiv, code, tags,
                words.Paragraph(random.Next(5, 9)), words.MarkdownSummary($"https://arxiv.org/abs/{arxiv}")));
        }
    }

    /// <summary>Datasets with one to three leaderboards each, on distinct tasks below the areas.</summary>
    private void AddDatasets(int leaderboards, Random random, Words words)
    {
        var firstLeafTask = Math.Clamp(Tasks.Count / 300, 3, 16);
        while (Leaderboards.Count < leaderboards)
        {
            var index = Datasets.Count;
            var name = $"{Words.Capital(words.Noun())}{Words.Capital(words.Noun())}-{index}";
            var introducedBy = random.Next(5) == 0 ? Papers[random.Next(Papers.Count)].Id : null;
            var dataset = new DatasetPlan(Slug(name), name, words.Paragraph(2), introducedBy);
            Datasets.Add(dataset);
            var boards = Math.Min(random.Next(1, 4), leaderboards - Leaderboards.Count);
            var taskIndexes = new HashSet<int>();
            while (taskIndexes.Count < boards) taskIndexes.Add(random.Next(firstLeafTask, Tasks.Count));
            foreach (var taskIndex in taskIndexes.Order())
            {
                var metrics = new List<MetricPlan> { MetricPool[random.Next(MetricPool.Length)] };
                for (var extra = random.Next(3); extra > 0; extra--)
                {
                    var metric = MetricPool[random.Next(MetricPool.Length)];
                    if (!metrics.Contains(metric)) metrics.Add(metric);
                }
                var board = new LeaderboardPlan(dataset, Tasks[taskIndex], [.. metrics]);
                dataset.Leaderboards.Add(board);
                Leaderboards.Add(board);
            }
        }
    }

    /// <summary>
    /// Every leaderboard gets a row; the first gets over a hundred when the corpus is big enough
    /// (the page-size target is about such a page); the rest are spread with a skew so a few
    /// leaderboards are long and most are short. Values improve with the paper's date.
    /// </summary>
    private void AddResults(int count, Random random, Words words)
    {
        var sizes = new int[Leaderboards.Count];
        Array.Fill(sizes, 1);
        var remaining = count - Leaderboards.Count;
        var first = Math.Min(119, remaining / 4);
        sizes[0] += first;
        remaining -= first;
        for (; remaining > 0; remaining--) sizes[(int)(Leaderboards.Count * Math.Pow(random.NextDouble(), 2))]++;

        var resultPapers = Math.Max(1, Papers.Count * 7 / 10);
        var modelNumber = 0;
        for (var b = 0; b < Leaderboards.Count; b++)
        {
            var board = Leaderboards[b];
            for (var r = 0; r < sizes[b]; r++)
            {
                var paper = Papers[random.Next(resultPapers)];
                var progress = (paper.Date.DayNumber - FirstDate.DayNumber) / (double)DateSpanDays;
                var values = new string?[board.Metrics.Length];
                for (var m = 0; m < values.Length; m++)
                {
                    // About one row in a hundred that reports several metrics lacks the ranking
                    // metric and is listed unranked.
                    if (m == 0 && values.Length > 1 && random.Next(100) == 0) continue;
                    var metric = board.Metrics[m];
                    var quality = Math.Clamp(0.25 + 0.6 * progress + 0.15 * (random.NextDouble() - 0.5), 0, 1);
                    var share = metric.HigherIsBetter ? quality : 1 - quality;
                    values[m] = (metric.Low + share * (metric.High - metric.Low)).ToString("F" + metric.Decimals, CultureInfo.InvariantCulture);
                }
                var model = $"{Words.Capital(words.Adjective())}{Words.Capital(words.Noun())}-{words.Pick(["S", "B", "L", "H", "XL"])}-{++modelNumber}";
                var result = new ResultPlan(board, paper, model, values, random.Next(10) == 0);
                board.Results.Add(result);
                paper.Results.Add(result);
            }
        }
    }

    /// <summary>Competition ranks by the ranking metric (1, 2, 2, 4), ties by date then model.</summary>
    private static void Rank(LeaderboardPlan board)
    {
        var higher = board.Metrics[0].HigherIsBetter;
        var ranked = board.Results.Where(r => r.Score is not null)
            .OrderBy(r => higher ? -r.Score!.Value : r.Score!.Value)
            .ThenBy(r => r.Paper.Date).ThenBy(r => r.Model, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ranked.Count; i++)
        {
            ranked[i].Rank = i > 0 && ranked[i].Score == ranked[i - 1].Score ? ranked[i - 1].Rank : i + 1;
        }
        board.Results.Sort((a, b) => (a.Rank == 0 ? int.MaxValue : a.Rank).CompareTo(b.Rank == 0 ? int.MaxValue : b.Rank));
    }

    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
