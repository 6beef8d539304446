using Podium.Model;
using Podium.Render.Views;

namespace Podium.Render;

public sealed partial class ViewFactory
{
    /// <summary>The status mark of a result; null for a self-reported one, which carries no mark.</summary>
    private ResultStatusView? StatusMark(Result r)
    {
        if (r.Status == ResultStatus.SelfReported) return null;
        var status = ResultStatuses.Name(r.Status);
        var label = t[CheckLabels.Status(r.Status)];
        if (r.Status == ResultStatus.NotReproduced)
        {
            var failed = ResultStatuses.FailedCheck(r)!;
            var metric = r.Leaderboard.RankBy;
            return new ResultStatusView(status, "✗", $"{label}: {CheckBy(failed)}", failed.Url,
                t.Format("check_values", CheckLabels.Claimed(r, metric), MetricText.WithUnit(metric, failed.Value(metric.Name)!.Value)));
        }
        // The newest check of the kind that gave the status.
        var kind = r.Status switch { ResultStatus.Reproduced => CheckKind.Reproduced, ResultStatus.ReEvaluated => CheckKind.ReEvaluated, _ => CheckKind.SourceChecked };
        var check = r.Checks.Where(c => c.Kind == kind).OrderBy(c => c.Date).Last();
        return new ResultStatusView(status, r.Status == ResultStatus.SourceChecked ? "☑" : "✓", CheckBy(check), check.Url, null);
    }

    private string CheckBy(Check check) => t.Format("check_by", t[CheckLabels.Kind(check.Kind)], check.By, t.Date(check.Date));

    /// <summary>"Table 2, p. 5", linked to the evidence's own link, else the paper's (or source's) own.</summary>
    private EvidenceView? EvidenceOf(Result r)
    {
        if (r.Evidence is not { } e) return null;
        var label = EvidenceText.Label(e, x => t.Format("evidence_table", x), x => t.Format("evidence_figure", x), x => t.Format("evidence_page", x));
        return new EvidenceView(label, e.Url ?? r.Paper?.Url ?? r.Source?.Url, e.Quote);
    }

    private static string? Spread(Result r, Metric m) => r.Uncertainty.TryGetValue(m.Name, out var u) ? EvidenceText.Spread(u) : null;

    /// <summary>A result's values with units and uncertainties: <c>Accuracy 80.0% ± 0.5 · Params 25.6 M</c>.</summary>
    private static string ValuesWithSpread(Result r, string separator) => r.Uncertainty.Count == 0
        ? MetricText.Values(r, separator)
        : string.Join(separator, r.Leaderboard.Metrics.Where(m => r.Metrics.ContainsKey(m.Name))
            .Select(m => $"{m.Name} {MetricText.WithUnit(m, r.Metrics[m.Name])}{(Spread(r, m) is { } s ? " " + s : "")}"));

    /// <summary>The marks a table shows, each explained once; empty for a table of self-reported values without uncertainty.</summary>
    private IReadOnlyList<LegendItemView> Legend(Leaderboard leaderboard)
    {
        var statuses = leaderboard.Rows.Select(r => r.Status).ToHashSet();
        var hasSpread = leaderboard.Rows.Any(r => r.Uncertainty.Count > 0);
        if (statuses.All(s => s == ResultStatus.SelfReported) && !hasSpread) return [];
        var items = new List<LegendItemView> { new(null, "", t["status_self_reported"], t["legend_self_reported"]) };
        foreach (var (status, mark, text) in new[]
        {
            (ResultStatus.SourceChecked, "☑", "legend_source_checked"),
            (ResultStatus.ReEvaluated, "✓", "legend_re_evaluated"),
            (ResultStatus.Reproduced, "✓", "legend_reproduced"),
            (ResultStatus.NotReproduced, "✗", "legend_not_reproduced"),
        })
        {
            if (statuses.Contains(status)) items.Add(new LegendItemView(ResultStatuses.Name(status), mark, t[CheckLabels.Status(status)], t[text]));
        }
        if (hasSpread) items.Add(new LegendItemView(null, "", "±", t["legend_uncertainty"]));
        if (leaderboard.HasRankUncertainty) items.Add(new LegendItemView(null, "", t["rank_range"], t["legend_rank_range"]));
        return items;
    }

    private string RankRangeText(Result r) => r.RankRange is { } range
        ? range.Best == range.Worst ? Number(range.Best) : $"{Number(range.Best)}–{Number(range.Worst)}"
        : "";
}
