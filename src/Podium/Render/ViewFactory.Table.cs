using Podium.Model;
using Podium.Render.Views;

namespace Podium.Render;

public sealed partial class ViewFactory
{
    /// <summary>The ranked table of a leaderboard, or its first <paramref name="limit"/> rows.</summary>
    public TableView Table(Leaderboard leaderboard, int? limit = null, bool anchors = false)
    {
        var metrics = leaderboard.Metrics;
        var best = metrics.Select(m => BestValue(leaderboard, m)).ToList();
        var rows = leaderboard.Rows.Take(limit ?? int.MaxValue).Select(result => new RowView(
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
                ? new CellView(v.Text, best[i] == v.Value, false, Spread(result, m))
                : new CellView("", false, true)).ToList(),
            result.ExtraTrainingData,
            Exports.CodeLink.Of(result),
            string.IsNullOrWhiteSpace(result.Notes) ? null : markdown.ToInlineHtml(result.Notes),
            result.Status == ResultStatus.SelfReported ? null : ResultStatuses.Name(result.Status),
            StatusMark(result),
            EvidenceOf(result),
            leaderboard.HasRankUncertainty ? RankRangeText(result) : null)).ToList();

        var columns = metrics.Select(m => new MetricColumnView(m.Name, m.Unit, Arrow(m), Direction(m), m == leaderboard.RankBy, m.HigherIsBetter ? "high" : "low")).ToList();
        return new TableView(
            LeaderboardTitle(leaderboard),
            columns,
            rows,
            rows.Any(r => r.ExtraTrainingData),
            rows.Any(r => !r.IsRanked),
            leaderboard.HasRankUncertainty,
            Legend(leaderboard));
    }

    private static string? RowClass(Result result)
    {
        var classes = (result.Rank is null ? "unranked " : "") + (result.ExtraTrainingData ? "extra-data " : "") + (result.IsRecord ? "record" : "");
        return classes.Length == 0 ? null : classes.TrimEnd();
    }

    private static decimal? BestValue(Leaderboard leaderboard, Metric metric)
    {
        decimal? best = null;
        foreach (var row in leaderboard.Rows)
        {
            if (row.Metrics.TryGetValue(metric.Name, out var v) && (best is null || metric.CompareBetterFirst(v.Value, best.Value) < 0))
            {
                best = v.Value;
            }
        }
        return best;
    }
}
