using System.Globalization;
using System.Text;

namespace Podium.Tests.Support;

/// <summary>
/// A content folder with one leaderboard of <c>rows</c> results, each from its own paper, shaped like
/// the rows of the scale-1 benchmark corpus (a model name of about 25 characters, a paper title of
/// about 55 with its venue, five authors, a code link on every other row, three metrics), dated a
/// week apart and improving every fifth row, so the board has many records. Used to hold the page
/// weight of a Papers with Code-sized board and the per-leaderboard feed's cap.
/// </summary>
public static class LongBoardSite
{
    private static readonly string[] Words = ["Adaptive", "Sparse", "Hierarchical", "Contrastive", "Robust", "Latent", "Masked", "Efficient"];
    private static readonly string[] Things = ["Routers", "Kernels", "Experts", "Decoders", "Searchs", "Tokens", "Layers", "Graphs"];
    private static readonly string[] Venues = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP"];

    /// <summary>Writes the content under <paramref name="root"/> and returns the content folder.</summary>
    public static string Write(TempDirectory root, int rows)
    {
        root.Write("content/site.yaml", "title: Long board\nbase_url: https://example.org/bench/\n");
        root.Write("content/tasks/image-classification.yaml", "name: Image Classification\n");
        root.Write("content/datasets/big-bench.yaml", "name: BigBench-1000\nleaderboards:\n  - task: image-classification\n    metrics:\n" +
            "      - { name: Accuracy, unit: \"%\", higher_is_better: true }\n      - { name: Params, unit: M, higher_is_better: false }\n" +
            "      - { name: Top-5 Accuracy, unit: \"%\", higher_is_better: true }\n");
        var start = new DateOnly(2012, 1, 2);
        for (var i = 0; i < rows; i++)
        {
            var id = $"{Words[i % 8].ToLowerInvariant()}-{Things[i / 8 % 8].ToLowerInvariant()}-{2012 + i / 60}-{i}";
            var date = start.AddDays(7 * i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var title = $"{Words[i % 8]} {Things[i / 8 % 8]} for {Words[(i + 3) % 8]} {Things[(i + 5) % 8]} Learning {i}";
            var paper = new StringBuilder($"---\ntitle: \"{title}\"\nauthors: [");
            paper.Append(string.Join(", ", Enumerable.Range(0, 5).Select(a => $"\"Author {(i * 5 + a) % 997} Name\"")));
            paper.Append(CultureInfo.InvariantCulture, $"]\ndate: {date}\nvenue: {Venues[i % 6]} {2012 + i / 60}\n");
            if (i % 2 == 0) paper.Append(CultureInfo.InvariantCulture, $"code: [\"https://github.com/author-{i % 997}/{id}\"]\n");
            paper.Append("---\n");
            root.Write($"content/papers/{id}.md", paper.ToString());
            // Mostly noise around a slow rise; every fifth result sets a new best.
            var accuracy = 50 + i * 0.025 + (i % 5 == 0 ? 1 : -(i % 7));
            root.Write($"content/results/{id}.yaml", $"paper: {id}\nresults:\n  - dataset: big-bench\n    model: \"{Words[(i + 1) % 8]}{Things[i % 8]}-XL-{10000 + i}\"\n" +
                $"    metrics: {{ Accuracy: {accuracy.ToString("0.0", CultureInfo.InvariantCulture)}, Params: {100 + i % 400}, \"Top-5 Accuracy\": {(accuracy + 8).ToString("0.0", CultureInfo.InvariantCulture)} }}\n");
        }
        return root.Combine("content");
    }

    /// <summary>The leaderboard page's path in the built site.</summary>
    public const string BoardPage = "dataset/big-bench/image-classification/index.html";
}
