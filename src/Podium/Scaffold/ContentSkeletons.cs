using System.Text;
using Podium.Import;
using Podium.Validate.Documents;

namespace Podium.Scaffold;

/// <summary>
/// The commented skeleton files <c>new</c> writes. Placeholders are empty (<c>""</c>, <c>[]</c> or
/// no value), so a skeleton fails validation until they are filled in, and passes once they are;
/// a forgotten placeholder can never be published as a real value such as 0.
/// </summary>
public static class ContentSkeletons
{
    public static string Paper(string id) => $"""
        ---
        # The paper `{id}`. Fill in the required fields; delete the optional lines you do not use.
        # Every field is described in content/_CONTENT-FORMAT.md.
        title: ""       # required: the title as published, in quotes
        authors: []     # required: every author in the paper's order, e.g. [Yanping Huang, Youlong Cheng]
        date:           # required: date of the first public version (e.g. arXiv v1), YYYY-MM-DD
        venue:          # optional: where it was published, e.g. NeurIPS 2019
        arxiv:          # optional: the arXiv id in quotes, e.g. "1811.06965"
        url:            # optional: https:// link to the paper
        code: []        # optional: links to the code, e.g. [https://github.com/tensorflow/lingvo]
        tags: []        # optional: topics, e.g. [model parallelism]
        abstract:       # optional: write `abstract: |` and the abstract on the lines below, indented
        # Below the closing `---` you may add a short summary in Markdown, in the site's language.
        ---

        """;

    /// <summary>A new results file for the paper, holding one result.</summary>
    public static string ResultsFile(string paperId, DatasetDocument dataset, LeaderboardDocument leaderboard) => $"""
        # yaml-language-server: $schema=../../schemas/results.schema.json
        # Results reported in the paper `{paperId}` (content/papers/{paperId}.md): one entry per model and leaderboard.
        # Every field is described in content/_CONTENT-FORMAT.md.
        paper: {Scalar(paperId)}
        results:

        """ + Result(null, dataset, leaderboard, "  ");

    /// <summary>
    /// One entry of <c>results:</c>, each line starting with <paramref name="indent"/>; with
    /// <paramref name="paperId"/> the entry names its paper (when the file's default is another).
    /// </summary>
    public static string Result(string? paperId, DatasetDocument dataset, LeaderboardDocument leaderboard, string indent)
    {
        var inner = indent + "  ";
        var sb = new StringBuilder();
        Line(sb, $"{indent}- dataset: {Scalar(dataset.Id)}", OneLine(dataset.Name));
        Line(sb, $"{inner}task: {Scalar(leaderboard.Task.Value)}",
            dataset.Leaderboards.Count > 1 ? "required: the dataset has several leaderboards" : "the dataset's only leaderboard");
        if (paperId is not null) Line(sb, $"{inner}paper: {Scalar(paperId)}", "the paper the result comes from");
        Line(sb, $"{inner}model: \"\"", "required: the model's name as the paper gives it, in quotes");
        Line(sb, $"{inner}metrics:", "the numbers as the paper prints them (99.0, not 99%); delete the metrics it does not report");
        foreach (var metric in leaderboard.Metrics)
        {
            Line(sb, $"{inner}  {Key(metric.Name)}:", "replace: " + Describe(metric, leaderboard));
        }
        Line(sb, $"{inner}# extra_training_data: true", "uncomment if the model was trained on more than the dataset's training data");
        Line(sb, $"{inner}# date: YYYY-MM-DD", "uncomment if the result is newer than the paper's date");
        Line(sb, $"{inner}# code: https://…", "uncomment with a link to the code of this result");
        Line(sb, $"{inner}# notes: …", "uncomment with one line of notes (inline Markdown)");
        return sb.ToString();
    }

    /// <summary>A line with its comment lined up in one column, so the skeleton reads as a table.</summary>
    private static void Line(StringBuilder sb, string text, string comment) =>
        sb.Append(text.PadRight(Math.Max(text.Length + 2, 34))).Append("# ").Append(comment).Append('\n');

    private static string Describe(MetricDocument metric, LeaderboardDocument leaderboard)
    {
        var parts = new List<string>();
        if (metric.Unit is { Length: > 0 } unit) parts.Add($"in {OneLine(unit)}");
        parts.Add(metric.HigherIsBetter ? "higher is better" : "lower is better");
        if (metric.Name == leaderboard.RankBy) parts.Add("ranks the leaderboard");
        return string.Join(", ", parts);
    }

    // Keys, ids and names go through the importers' YAML writer: one quoting routine for every
    // YAML file Podium writes.
    private static string Key(string name) => YamlText.Scalar(name);

    private static string Scalar(string id) => YamlText.Scalar(id);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
