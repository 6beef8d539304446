using Podium.Model;
using Podium.Render.Views;

namespace Podium.Render;

public sealed partial class ViewFactory
{
    /// <summary>Columns with values in fewer than this share of rows are folded behind a "more columns" control.</summary>
    private const double FoldBelow = 0.25;

    // Figure space (as wide as a digit in tabular figures) and punctuation space (as wide as a point):
    // "89" is written "89  " over "89.14", so right-aligned values line up on the decimal point.
    private const char FigureSpace = '\u2007', PunctuationSpace = '\u2008';

    /// <summary>The ranked table of a leaderboard, or its first <paramref name="limit"/> rows.</summary>
    /// <param name="rest">Where every row is, when <paramref name="limit"/> cuts a board's own table (<see cref="BoardPages"/>).</param>
    public TableView Table(Leaderboard leaderboard, int? limit = null, bool anchors = false, string? rest = null)
    {
        // The ranking metric comes first, beside the model, so it stays in view on a phone.
        var metrics = leaderboard.Metrics.OrderByDescending(m => m == leaderboard.RankBy).ToList();
        var shown = leaderboard.Rows.Take(limit ?? int.MaxValue).ToList();
        var best = metrics.Select(m => BestValue(leaderboard, m)).ToList();
        var decimals = metrics.Select(m => shown.Where(r => r.Metrics.ContainsKey(m.Name)).Select(r => Decimals(r.Metrics[m.Name].Text)).DefaultIfEmpty(0).Max()).ToList();
        var folded = metrics.Select(m => m != leaderboard.RankBy && shown.Count(r => r.Metrics.ContainsKey(m.Name)) < shown.Count * FoldBelow).ToList();
        var rows = shown.Select(result => new RowView(
            anchors ? result.Key : null,
            RowClass(result),
            result.Rank is { } rank ? Number(rank) : t["not_ranked"],
            result.Rank is not null,
            result.IsRecord,
            result.Model,
            result.SourceTitle,
            SourceUrl(result),
            result.Paper is null,
            t.Date(result.Date),
            Iso(result.Date),
            result.Paper?.Venue,
            metrics.Select((m, i) => result.Metrics.TryGetValue(m.Name, out var v)
                // A value followed by its uncertainty is not padded: the spread would stand apart from it.
                ? Spread(result, m) is { } spread
                    ? new CellView(v.Text, best[i] == v.Value, false, CellClass(best[i] == v.Value, folded[i]), spread)
                    : new CellView(Aligned(v.Text, decimals[i]), best[i] == v.Value, false, CellClass(best[i] == v.Value, folded[i]))
                : new CellView("", false, true, CellClass(false, folded[i]))).ToList(),
            result.ExtraTrainingData,
            Exports.CodeLink.Of(result),
            string.IsNullOrWhiteSpace(result.Notes) ? null : markdown.ToInlineHtml(result.Notes),
            result.Status == ResultStatus.SelfReported ? null : ResultStatuses.Name(result.Status),
            StatusMark(result),
            EvidenceOf(result),
            leaderboard.HasRankUncertainty ? RankRangeText(result) : null)).ToList();

        var columns = metrics.Select((m, i) => new MetricColumnView(m.Name, m.Unit, Arrow(m), Direction(m), m == leaderboard.RankBy, m.HigherIsBetter ? "high" : "low", folded[i])).ToList();
        var foldedNames = columns.Where(c => c.IsFolded).Select(c => c.Name).ToList();
        return new TableView(
            LeaderboardTitle(leaderboard),
            columns,
            rows,
            rows.Any(r => r.ExtraTrainingData),
            rows.Any(r => !r.IsRanked),
            rows.Any(r => r.IsRecord && r.IsRanked),
            best.Any(b => b is not null),
            foldedNames.Count == 0 ? null : t.Format("more_columns", Number(foldedNames.Count), string.Join(", ", foldedNames)),
            leaderboard.HasRankUncertainty,
            Legend(leaderboard),
            rest is null || shown.Count == leaderboard.Rows.Count ? null
                : new LinkView(t.Format("complete_table_link", Number(shown.Count), Number(leaderboard.Rows.Count)), rest));
    }

    private static string? CellClass(bool best, bool folded) => (best, folded) switch
    {
        (true, true) => "best fold",
        (true, false) => "best",
        (false, true) => "fold",
        _ => null,
    };

    private static int Decimals(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }

    /// <summary>The value padded on the right to <paramref name="decimals"/> places with blank figures (plain numbers only).</summary>
    private static string Aligned(string text, int decimals)
    {
        var missing = decimals - Decimals(text);
        if (missing <= 0 || !IsPlainNumber(text)) return text;
        var point = text.Contains('.', StringComparison.Ordinal) ? "" : PunctuationSpace.ToString();
        return text + point + new string(FigureSpace, missing);
    }

    private static bool IsPlainNumber(string text)
    {
        var digits = text.AsSpan(text.StartsWith('-') ? 1 : 0);
        var points = 0;
        foreach (var c in digits)
        {
            if (c == '.') points++;
            else if (c is < '0' or > '9') return false;
        }
        return digits.Length > 0 && points <= 1;
    }

    private static string? RowClass(Result result)
    {
        // A row whose paper has no abstract gets no Abstract button (podium.js reads the class).
        var noAbstract = result.Paper is { } paper && string.IsNullOrWhiteSpace(paper.Abstract);
        var classes = (result.Rank is null ? "unranked " : "") + (result.ExtraTrainingData ? "extra-data " : "") + (result.IsRecord ? "record " : "") + (noAbstract ? "no-abstract" : "");
        return classes.Length == 0 ? null : classes.TrimEnd();
    }

    /// <summary>The best value of a column, or null when fewer than two rows have one: a lone value is not "best" of anything.</summary>
    private static decimal? BestValue(Leaderboard leaderboard, Metric metric)
    {
        decimal? best = null;
        var count = 0;
        foreach (var row in leaderboard.Rows)
        {
            if (!row.Metrics.TryGetValue(metric.Name, out var v)) continue;
            count++;
            if (best is null || metric.CompareBetterFirst(v.Value, best.Value) < 0) best = v.Value;
        }
        return count >= 2 ? best : null;
    }
}
