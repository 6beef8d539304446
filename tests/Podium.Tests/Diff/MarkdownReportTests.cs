using System.Globalization;
using System.Text;
using Podium.Diff;

namespace Podium.Tests.Diff;

/// <summary>The report fits a pull request's job summary and says what it leaves out.</summary>
public sealed class MarkdownReportTests
{
    /// <summary>GitHub refuses a job summary over 1 MiB.</summary>
    private const int OneMebibyte = 1024 * 1024;

    private static ChangeReport Report(IReadOnlyList<LeaderboardChange> leaderboards, IReadOnlyList<ItemChange>? papers = null) => new()
    {
        Site = [],
        Leaderboards = leaderboards,
        Papers = papers ?? [],
        Tasks = [],
        Datasets = [],
    };

    private static RowChange NewRow(int rank, string model) =>
        new(ChangeKind.Added, $"r-{rank}", model, "Paper", "p", null, rank, null, "1.0", []);

    private static LeaderboardChange Board(string dataset, IReadOnlyList<RowChange> rows, IReadOnlyList<RankMove>? moves = null) =>
        new(ChangeKind.Changed, dataset, dataset.ToUpperInvariant(), "t", "T", "Acc", rows, moves ?? [], null);

    [Fact]
    public void A_report_over_the_job_summary_limit_is_cut_with_a_line_saying_what_was_left_out()
    {
        // 3 boards of 6,000 new rows with multi-byte names: about 2.4 MB of UTF-8, fewer characters.
        var boards = Enumerable.Range(0, 3).Select(b => Board($"set-{b}",
            Enumerable.Range(1, 6000).Select(i => NewRow(i, $"模型 {i.ToString(CultureInfo.InvariantCulture)} — {new string('é', 40)}")).ToList())).ToList();
        var report = Report(boards, [new ItemChange(ChangeKind.Added, "z-2020", "Paper Z", [])]);

        var markdown = MarkdownReport.Write(report);

        var bytes = Encoding.UTF8.GetByteCount(markdown);
        Assert.InRange(bytes, OneMebibyte - 100_000, OneMebibyte - 1);
        Assert.True(bytes <= MarkdownReport.MaxBytes, $"{bytes} bytes");
        var lines = markdown.TrimEnd('\n').Split('\n');
        Assert.Matches(@"^✂️ The report is cut here to stay under GitHub's 1 MiB job-summary limit: left out [\d,]+ lines \(the rest of `set-\d` / `t`, \d more leaderboards?, the papers\)\. Run `diff` locally for the whole report\.$", lines[^1]);
        // Cut between lines: the last table row before the note is whole.
        Assert.Matches(@"^\| new \| \d+ \| .* \| 1\.0 \|$", lines[^3]);
        Assert.Equal("", lines[^2]);
    }

    [Fact]
    public void The_cut_line_counts_exactly_the_lines_left_out()
    {
        // Boards of 1,000 rows of about 1 kB: the cut falls inside one of them.
        var boards = Enumerable.Range(0, 2).Select(b => Board($"set-{b}",
            Enumerable.Range(1, 1000).Select(i => NewRow(i, new string('x', 1000))).ToList())).ToList();
        var report = Report(boards);
        var full = Enumerable.Range(0, 2).Sum(_ => 4 + 1000); // heading, ids line, table header and rule, rows

        var markdown = MarkdownReport.Write(report);

        var lines = markdown.TrimEnd('\n').Split('\n');
        var kept = lines[1..^1].Count(l => l.Length > 0); // without the report's heading and the cut line
        var leftOut = int.Parse(System.Text.RegularExpressions.Regex.Match(lines[^1], @"left out ([\d,]+) lines").Groups[1].Value,
            NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.Equal(full, kept + leftOut);
        Assert.Contains("(the rest of `set-0` / `t`, 1 more leaderboard)", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_under_the_limit_is_not_cut()
    {
        var markdown = MarkdownReport.Write(Report([Board("set", [NewRow(1, "Net")])]));

        Assert.DoesNotContain("✂️", markdown, StringComparison.Ordinal);
        Assert.EndsWith("| new | 1 | Net | Paper (`p`) | 1.0 |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void One_place_rank_moves_are_folded_into_a_count()
    {
        // A new leader moves every row down one place; only larger moves are worth a line each.
        var moves = Enumerable.Range(2, 60).Select(i => new RankMove($"Net {i.ToString(CultureInfo.InvariantCulture)}", "P", i - 1, i))
            .Append(new RankMove("Net X", "P", 3, 7))
            .Append(new RankMove("Net Y", "P", null, 70))
            .ToList();

        var markdown = MarkdownReport.Write(Report([Board("set", [NewRow(1, "Net Z")], moves)]));

        Assert.Contains("Rank moves:\n\n- **Net X** (P): 3 → 7\n- **Net Y** (P): unranked → 70\n- 60 other rows moved by one place\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Net 2", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_one_place_moves_give_a_single_line()
    {
        var moves = new[] { new RankMove("Net A", "P", 1, 2) };

        var markdown = MarkdownReport.Write(Report([Board("set", [NewRow(1, "Net Z")], moves)]));

        Assert.Contains("Rank moves:\n\n- 1 row moved by one place\n", markdown, StringComparison.Ordinal);
    }
}
