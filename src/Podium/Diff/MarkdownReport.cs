using System.Globalization;
using System.Text;
using Podium.Diagnostics;

namespace Podium.Diff;

/// <summary>
/// Writes a <see cref="ChangeReport"/> as Markdown for a pull request: per leaderboard a table of
/// new and changed rows, rank moves and a new state of the art; then papers, tasks and datasets.
/// Contributor text is escaped, so a model name cannot add markup to the comment.
/// </summary>
public static class MarkdownReport
{
    public const string Heading = "## What readers will see";
    public const string NoChanges = "No changes visible to readers.";

    /// <summary>Rank moves listed per leaderboard; a new leader on a long board moves every row.</summary>
    public const int MaxMoves = 30;

    /// <summary>Diagnostics listed when one side does not validate.</summary>
    public const int MaxDiagnostics = 20;

    /// <summary>
    /// The largest report in UTF-8 bytes. The report goes into a pull request's job summary, which
    /// GitHub refuses above 1 MiB (1,048,576 bytes); this leaves room for anything else in it.
    /// </summary>
    public const int MaxBytes = 1_000_000;

    /// <summary>Bytes kept free for the line that says what a cut report left out.</summary>
    private const int CutNoteBytes = 1_000;

    public static string Write(ChangeReport report)
    {
        var heading = Heading + "\n\n";
        if (report.IsEmpty) return heading + NoChanges + "\n";

        // Each section is written on its own, so a report too long for the job summary can be cut
        // between lines and still say which sections lost what.
        var sections = new List<(string Name, bool IsLeaderboard, string Text)>();
        foreach (var leaderboard in report.Leaderboards)
        {
            var sb = new StringBuilder();
            WriteLeaderboard(sb, leaderboard);
            sections.Add(($"`{leaderboard.DatasetId}` / `{leaderboard.TaskId}`", true, sb.ToString()));
        }
        AddItems(sections, "Papers", "the papers", report.Papers);
        AddItems(sections, "Tasks", "the tasks", report.Tasks);
        AddItems(sections, "Datasets", "the datasets", report.Datasets);
        if (report.Site.Count > 0)
        {
            sections.Add(("the site settings", false, $"### Site\n\n- `site.yaml` changed: {string.Join(", ", report.Site)}\n\n"));
        }

        var full = heading + string.Concat(sections.Select(s => s.Text)).TrimEnd('\n') + "\n";
        return Encoding.UTF8.GetByteCount(full) <= MaxBytes ? full : Cut(heading, sections);
    }

    /// <summary>
    /// The report's first lines up to <see cref="MaxBytes"/>, cut between lines, then a line saying
    /// how many lines were left out and from which sections.
    /// </summary>
    private static string Cut(string heading, List<(string Name, bool IsLeaderboard, string Text)> sections)
    {
        var budget = MaxBytes - CutNoteBytes - Encoding.UTF8.GetByteCount(heading);
        var sb = new StringBuilder(heading);
        int section = 0, written = 0;
        string[] lines = [];
        for (; section < sections.Count; section++)
        {
            // Sections end with a blank line, which separates them from the next.
            lines = sections[section].Text.Split('\n')[..^1];
            for (written = 0; written < lines.Length; written++)
            {
                var bytes = Encoding.UTF8.GetByteCount(lines[written]) + 1;
                if (bytes > budget) break;
                sb.Append(lines[written]).Append('\n');
                budget -= bytes;
            }
            if (written < lines.Length) break;
        }
        // Every line fitted (only when the whole report is within a note's size of the limit).
        if (section == sections.Count) return sb.ToString().TrimEnd('\n') + "\n";

        // What is left: the rest of the section being written, then every later section.
        // A section cut before its first line counts as a later one.
        var parts = new List<string>();
        var leftOut = written > 0 ? lines.Skip(written).Count(l => l.Length > 0) : 0;
        if (written > 0) parts.Add("the rest of " + sections[section].Name);
        var later = sections.Skip(written > 0 ? section + 1 : section).ToList();
        leftOut += later.Sum(s => s.Text.Split('\n').Count(l => l.Length > 0));
        if (later.Count(s => s.IsLeaderboard) is var boards and > 0)
        {
            parts.Add($"{Number(boards)}{(written > 0 ? " more" : "")} leaderboard{(boards == 1 ? "" : "s")}");
        }
        parts.AddRange(later.Where(s => !s.IsLeaderboard).Select(s => s.Name));

        return string.Create(CultureInfo.InvariantCulture,
            $"{sb.ToString().TrimEnd('\n')}\n\n✂️ The report is cut here to stay under GitHub's 1 MiB job-summary limit: left out {leftOut:N0} lines ({string.Join(", ", parts)}). Run `diff` locally for the whole report.\n");
    }

    private static void AddItems(List<(string Name, bool IsLeaderboard, string Text)> sections, string title, string name, IReadOnlyList<ItemChange> items)
    {
        var sb = new StringBuilder();
        WriteItems(sb, title, items);
        if (sb.Length > 0) sections.Add((name, false, sb.ToString()));
    }

    /// <summary>The report when the content before the change has errors: there is nothing to compare with.</summary>
    public static string BaseInvalid(IReadOnlyList<Diagnostic> diagnostics) =>
        Problems($"⚠️ The content before this change does not validate ({Count(diagnostics.Count)}), so there is nothing to compare it with. " +
            "The content after the change is valid.", diagnostics);

    /// <summary>The report when the changed content has errors.</summary>
    public static string ChangeInvalid(IReadOnlyList<Diagnostic> diagnostics) =>
        Problems($"❌ The changed content does not validate ({Count(diagnostics.Count)}); fix it and run `validate`:", diagnostics);

    private static string Problems(string sentence, IReadOnlyList<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        sb.Append(Heading).Append("\n\n").Append(sentence).Append("\n\n");
        var lines = diagnostics.Take(MaxDiagnostics).Select(d => d.ToString()).ToList();
        if (diagnostics.Count > MaxDiagnostics) lines.Add($"… and {diagnostics.Count - MaxDiagnostics} more");
        MarkdownText.CodeBlock(sb, lines);
        return sb.ToString();
    }

    private static void WriteLeaderboard(StringBuilder sb, LeaderboardChange change)
    {
        sb.Append("### ").Append(MarkdownText.Escape(change.DatasetName)).Append(" · ").Append(MarkdownText.Escape(change.TaskName));
        sb.Append(change.Kind switch { ChangeKind.Added => " (new leaderboard)", ChangeKind.Removed => " (leaderboard removed)", _ => "" });
        sb.Append("\n\n`").Append(change.DatasetId).Append("` / `").Append(change.TaskId).Append("`, ranked by ")
            .Append(MarkdownText.Escape(change.RankBy)).Append("\n\n");

        if (change.Leader is { } leader)
        {
            sb.Append(leader.IsNewRecord ? "🏆 New state of the art: " : "New leader: ")
                .Append("**").Append(MarkdownText.Escape(leader.Model)).Append("** with ").Append(MarkdownText.Escape(leader.Value));
            if (leader.PreviousModel is { } previous)
            {
                sb.Append(leader.IsNewRecord ? ", ahead of " : ", replacing ").Append("**").Append(MarkdownText.Escape(previous)).Append("**");
                if (leader.PreviousValue is { } value) sb.Append(" (").Append(MarkdownText.Escape(value)).Append(')');
            }
            sb.Append("\n\n");
        }

        if (change.Rows.Count > 0)
        {
            sb.Append("| Change | Rank | Model | Paper or source | ").Append(MarkdownText.Escape(change.RankBy)).Append(" |\n");
            sb.Append("| --- | ---: | --- | --- | ---: |\n");
            foreach (var row in change.Rows)
            {
                sb.Append("| ").Append(Kind(row))
                    .Append(" | ").Append(Transition(row.OldRank is { } o ? Number(o) : null, row.NewRank is { } n ? Number(n) : null, row.Kind))
                    .Append(" | ").Append(MarkdownText.Escape(row.Model))
                    .Append(" | ").Append(MarkdownText.Escape(row.Origin));
                if (row.PaperId is { } paper) sb.Append(" (`").Append(paper).Append("`)");
                sb.Append(" | ").Append(Transition(Escape(row.OldValue), Escape(row.NewValue), row.Kind)).Append(" |\n");
            }
            sb.Append('\n');
        }

        if (change.Checks is { Count: > 0 } checks)
        {
            sb.Append("Checks:\n\n");
            foreach (var check in checks) sb.Append("- ").Append(CheckLine(check)).Append('\n');
            sb.Append('\n');
        }

        if (change.Moves.Count > 0)
        {
            // A new row moves every row below it one place: those are counted, not listed (one new
            // result on a board of 60 rows would otherwise add 60 lines that say nothing).
            var far = change.Moves.Where(m => !MovedOnePlace(m)).ToList();
            var near = change.Moves.Count - far.Count;
            sb.Append("Rank moves:\n\n");
            foreach (var move in far.Take(MaxMoves))
            {
                sb.Append("- **").Append(MarkdownText.Escape(move.Model)).Append("** (").Append(MarkdownText.Escape(move.Origin)).Append("): ")
                    .Append(Rank(move.OldRank)).Append(" → ").Append(Rank(move.NewRank)).Append('\n');
            }
            if (far.Count > MaxMoves) sb.Append("- … and ").Append(Number(far.Count - MaxMoves)).Append(" more\n");
            if (near > 0)
            {
                sb.Append("- ").Append(Number(near)).Append(far.Count > 0 ? " other" : "").Append(near == 1 ? " row" : " rows").Append(" moved by one place\n");
            }
            sb.Append('\n');
        }
    }

    /// <summary>
    /// One line per check: "❌ **ResNet-50** (Paper S) is now marked **not reproduced within its
    /// uncertainty**: reproduced by Lab X on 2021-02-01, 76.5% against 78.0% [77.0, 79.6]".
    /// </summary>
    private static string CheckLine(CheckChange check)
    {
        var row = $"**{MarkdownText.Escape(check.Model)}** ({MarkdownText.Escape(check.Origin)})";
        var who = $"{check.Check} by {MarkdownText.Escape(check.By)} on {check.Date}";
        var values = check.Measured is { } measured
            ? $", {MarkdownText.Escape(measured)}{(check.Claimed is { } claimed ? $" against {MarkdownText.Escape(claimed)}" : "")}"
            : "";
        return check.Kind switch
        {
            CheckChangeKind.NotReproduced => $"❌ {row} is now marked **not reproduced within its uncertainty**: {who}{values}",
            CheckChangeKind.Reproduced => $"✅ {row}: new {(check.Check == "reproduced" ? "reproduction" : "re-evaluation")}, {who}{values}",
            CheckChangeKind.SourceChecked => $"☑️ {row}: {who}",
            _ => $"➖ {row}: check removed ({who}{values})",
        };
    }

    private static void WriteItems(StringBuilder sb, string title, IReadOnlyList<ItemChange> items)
    {
        if (items.Count == 0) return;
        sb.Append("### ").Append(title).Append("\n\n");
        foreach (var item in items)
        {
            sb.Append("- ").Append(item.Kind switch { ChangeKind.Added => "Added", ChangeKind.Changed => "Changed", _ => "Removed" })
                .Append(" `").Append(item.Id).Append("`: ").Append(MarkdownText.Escape(item.Title));
            if (item.Fields.Count > 0) sb.Append(" (").AppendJoin(", ", item.Fields.Select(MarkdownText.Escape)).Append(')');
            sb.Append('\n');
        }
        sb.Append('\n');
    }

    private static string Kind(RowChange row) => row.Kind switch
    {
        ChangeKind.Added => "new",
        ChangeKind.Removed => "removed",
        _ => "changed: " + string.Join(", ", row.Fields.Select(MarkdownText.Escape)),
    };

    /// <summary>"old → new" when the value changed, otherwise the one value; "–" stands for none.</summary>
    private static string Transition(string? old, string? current, ChangeKind kind) => kind switch
    {
        ChangeKind.Added => current ?? "–",
        ChangeKind.Removed => $"{old ?? "–"} → –",
        _ when old == current => current ?? "–",
        _ => $"{old ?? "–"} → {current ?? "–"}",
    };

    private static string? Escape(string? text) => text is null ? null : MarkdownText.Escape(text);

    private static bool MovedOnePlace(RankMove move) => move.OldRank is { } old && move.NewRank is { } current && Math.Abs(old - current) == 1;

    private static string Rank(int? rank) => rank is { } r ? Number(r) : "unranked";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int errors) => errors == 1 ? "1 error" : $"{Number(errors)} errors";
}
