using Podium.Diff;
using Podium.Tests.Support;

namespace Podium.Tests.Diff;

/// <summary>The comparison of two content folders and its Markdown report.</summary>
public sealed class ChangeReportTests
{
    [Fact]
    public void Identical_content_has_no_changes()
    {
        var diff = ContentDiff.Compare(DiffSites.SotaContent, DiffSites.SotaContent);

        Assert.True(diff.Succeeded);
        Assert.True(diff.Report!.IsEmpty);
        Assert.Equal("## What readers will see\n\nNo changes visible to readers.\n", diff.Markdown);
    }

    [Fact]
    public void A_record_breaking_result_is_the_new_state_of_the_art_and_moves_the_others()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        DiffSites.AddRecordAndChangeValue(after);

        var diff = ContentDiff.Compare(DiffSites.SotaContent, after);

        Assert.True(diff.Succeeded, diff.Markdown);
        var board = Assert.Single(diff.Report!.Leaderboards);
        Assert.Equal(("digits", "classification", "Error rate"), (board.DatasetId, board.TaskId, board.RankBy));
        Assert.Equal(new LeaderChange("Net Z", "1.5%", true, "<b>Net E</b> & \"friends\"", "2.5%"), board.Leader);

        Assert.Equal(2, board.Rows.Count);
        var added = board.Rows[0];
        Assert.Equal((ChangeKind.Added, "Net Z", (int?)null, (int?)1, "1.5%", "z-2020"), (added.Kind, added.Model, added.OldRank, added.NewRank, added.NewValue, added.PaperId));
        var changed = board.Rows[1];
        Assert.Equal((ChangeKind.Changed, "Net B", (int?)6, (int?)2, "6.00%", "2.0%"), (changed.Kind, changed.Model, changed.OldRank, changed.NewRank, changed.OldValue, changed.NewValue));
        Assert.Equal(["Error rate"], changed.Fields);

        Assert.Equal(
            ["<b>Net E</b> & \"friends\": 1 → 3", "=Net H: 2 → 4", "Net C: 3 → 5", "Net D: 3 → 5", "Net A: 5 → 7", "Baseline G: 7 → 8"],
            board.Moves.Select(m => $"{m.Model}: {m.OldRank} → {m.NewRank}"));
        Assert.Equal([new ItemChange(ChangeKind.Added, "z-2020", "Paper Z", [])], diff.Report.Papers, new ItemChangeComparer());
        Assert.Empty(diff.Report.Tasks);
        Assert.Empty(diff.Report.Datasets);

        var markdown = diff.Markdown;
        Assert.Contains("🏆 New state of the art: **Net Z** with 1.5%, ahead of **\\<b\\>Net E\\</b\\> \\& \"friends\"** (2.5%)\n", markdown);
        Assert.Contains("| new | 1 | Net Z | Paper Z (`z-2020`) | 1.5% |\n", markdown);
        Assert.Contains("| changed: Error rate | 6 → 2 | Net B | Paper B (`b-2016`) | 6.00% → 2.0% |\n", markdown);
        Assert.Contains("- **Net A** (Paper A): 5 → 7\n", markdown);
        Assert.Contains("- Added `z-2020`: Paper Z\n", markdown);
        Assert.DoesNotContain("<b>", markdown);
    }

    [Fact]
    public void Removing_the_leader_names_the_next_one_without_calling_it_a_record()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        var results = Path.Combine(after, "results", "results.yaml");
        var text = File.ReadAllText(results);
        // Net E (e-2018) leads with 2.5; drop its entry.
        var start = text.IndexOf("  - dataset: digits\n    model: \"<b>Net E", StringComparison.Ordinal);
        var end = text.IndexOf("  - dataset: digits\n    model: \"=Net H", StringComparison.Ordinal);
        File.WriteAllText(results, text.Remove(start, end - start));

        var diff = ContentDiff.Compare(DiffSites.SotaContent, after);

        var board = Assert.Single(diff.Report!.Leaderboards);
        Assert.Equal(new LeaderChange("=Net H", "3.0%", false, "<b>Net E</b> & \"friends\"", "2.5%"), board.Leader);
        var removed = Assert.Single(board.Rows);
        Assert.Equal((ChangeKind.Removed, (int?)1, (int?)null), (removed.Kind, removed.OldRank, removed.NewRank));
        Assert.Contains("New leader: **=Net H** with 3.0%, replacing", diff.Markdown);
        Assert.Contains("| removed | 1 → – |", diff.Markdown);
        Assert.DoesNotContain("🏆", diff.Markdown);
    }

    [Fact]
    public void Changed_tasks_datasets_papers_and_site_settings_are_listed_with_their_fields()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        Replace(Path.Combine(after, "tasks", "classification.yaml"), "name: Classification", "name: Digit classification");
        Replace(Path.Combine(after, "datasets", "digits.yaml"), "name: Digits", "name: Digits\nhomepage: https://example.org/digits");
        Replace(Path.Combine(after, "papers", "a-2015.md"), "title: Paper A", "title: Paper A, revised");
        Replace(Path.Combine(after, "site.yaml"), "title: SOTA fixture", "title: SOTA");
        File.Delete(Path.Combine(after, "papers", "f-2019.md"));
        Replace(Path.Combine(after, "results", "results.yaml"), "    paper: f-2019\n", "    source: { title: Paper F's code, url: https://example.org/f, date: 2019-01-01 }\n");

        var diff = ContentDiff.Compare(DiffSites.SotaContent, after);

        Assert.True(diff.Succeeded, diff.Markdown);
        var report = diff.Report!;
        Assert.Equal(["changed classification: Digit classification (name)"], Describe(report.Tasks));
        Assert.Equal(["changed digits: Digits (homepage)"], Describe(report.Datasets));
        Assert.Equal(["changed a-2015: Paper A, revised (title)", "removed f-2019: Paper F ()"], Describe(report.Papers));
        Assert.Equal(["title"], report.Site);
        // Net F moved from paper f-2019 to a source: a different row to readers (its key changes).
        var board = Assert.Single(report.Leaderboards);
        Assert.Equal(["Added Net F", "Removed Net F"], board.Rows.Select(r => $"{r.Kind} {r.Model}"));
        Assert.Contains("### Digits · Digit classification\n", diff.Markdown);
        Assert.Contains("- `site.yaml` changed: title\n", diff.Markdown);
    }

    [Fact]
    public void Errors_before_the_change_are_reported_instead_of_a_comparison()
    {
        using var temp = new TempDirectory();
        var before = DiffSites.Copy(temp, "before");
        File.WriteAllText(Path.Combine(before, "tasks", "broken.yaml"), "nme: Broken\n");

        var diff = ContentDiff.Compare(before, DiffSites.SotaContent);

        Assert.True(diff.Succeeded);
        Assert.Null(diff.Report);
        Assert.Contains("The content before this change does not validate (2 errors)", diff.Markdown);
        Assert.Contains("content/tasks/broken.yaml(1,1): error PD0110: unknown key `nme` in a task; did you mean `name`?", diff.Markdown);
    }

    [Fact]
    public void Errors_in_the_change_fail_the_comparison()
    {
        using var temp = new TempDirectory();
        var after = DiffSites.Copy(temp, "after");
        Replace(Path.Combine(after, "results", "results.yaml"), "Error rate: 6.00", "Eror rate: 6.00");

        var diff = ContentDiff.Compare(DiffSites.SotaContent, after);

        Assert.False(diff.Succeeded);
        var error = Assert.Single(diff.Diagnostics);
        Assert.Equal("PD0204", error.Code);
        Assert.Contains("The changed content does not validate (1 error)", diff.Markdown);
    }

    [Fact]
    public void Markdown_escaping_keeps_contributor_text_from_adding_markup()
    {
        var report = new ChangeReport
        {
            Site = [],
            Leaderboards =
            [
                new LeaderboardChange(ChangeKind.Changed, "d", "D|x", "t", "T", "Acc",
                    [new RowChange(ChangeKind.Added, "r-1", "[link](javascript:x) | *b* `c` $x$\nnext", "P", "p", null, 1, null, "1", [])], [], null),
            ],
            Papers = [],
            Tasks = [],
            Datasets = [],
        };

        var markdown = MarkdownReport.Write(report);

        Assert.Contains("| new | 1 | \\[link\\](javascript:x) \\| \\*b\\* \\`c\\` \\$x\\$ next | P (`p`) | 1 |\n", markdown);
        Assert.Contains("### D\\|x · T\n", markdown);
    }

    private static void Replace(string path, string old, string replacement)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(old, text);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Describe(IEnumerable<ItemChange> items) =>
        items.Select(i => $"{i.Kind.ToString().ToLowerInvariant()} {i.Id}: {i.Title} ({string.Join(", ", i.Fields)})");

    /// <summary>Records compare lists by reference; this compares their items.</summary>
    private sealed class ItemChangeComparer : IEqualityComparer<ItemChange>
    {
        public bool Equals(ItemChange? x, ItemChange? y) =>
            x is not null && y is not null && x.Kind == y.Kind && x.Id == y.Id && x.Title == y.Title && x.Fields.SequenceEqual(y.Fields);

        public int GetHashCode(ItemChange obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
