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

    public static string Write(ChangeReport report)
    {
        var sb = new StringBuilder();
        sb.Append(Heading).Append("\n\n");
        if (report.IsEmpty)
        {
            sb.Append(NoChanges).Append('\n');
            return sb.ToString();
        }
        foreach (var leaderboard in report.Leaderboards) WriteLeaderboard(sb, leaderboard);
        WriteItems(sb, "Papers", report.Papers);
        WriteItems(sb, "Tasks", report.Tasks);
        WriteItems(sb, "Datasets", report.Datasets);
        if (report.Site.Count > 0)
        {
            sb.Append("### Site\n\n- `site.yaml` changed: ").AppendJoin(", ", report.Site).Append("\n\n");
        }
        return sb.ToString().TrimEnd('\n') + "\n";
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

        if (change.Moves.Count > 0)
        {
            sb.Append("Rank moves:\n\n");
            foreach (var move in change.Moves.Take(MaxMoves))
            {
                sb.Append("- **").Append(MarkdownText.Escape(move.Model)).Append("** (").Append(MarkdownText.Escape(move.Origin)).Append("): ")
                    .Append(Rank(move.OldRank)).Append(" → ").Append(Rank(move.NewRank)).Append('\n');
            }
            if (change.Moves.Count > MaxMoves) sb.Append("- … and ").Append(Number(change.Moves.Count - MaxMoves)).Append(" more\n");
            sb.Append('\n');
        }
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

    private static string Rank(int? rank) => rank is { } r ? Number(r) : "unranked";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int errors) => errors == 1 ? "1 error" : $"{Number(errors)} errors";
}
