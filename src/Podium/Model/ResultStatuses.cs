namespace Podium.Model;

/// <summary>
/// Works out a result's <see cref="ResultStatus"/> from its checks, and spells it as exports and
/// pages' data attributes do (<c>self-reported</c>, <c>not-reproduced</c>, …).
/// </summary>
public static class ResultStatuses
{
    public static string Name(ResultStatus status) => status switch
    {
        ResultStatus.SourceChecked => "source-checked",
        ResultStatus.ReEvaluated => "re-evaluated",
        ResultStatus.Reproduced => "reproduced",
        ResultStatus.NotReproduced => "not-reproduced",
        _ => "self-reported",
    };

    /// <summary>
    /// The first check whose ranking-metric value lies outside the result's interval (without an
    /// uncertainty: differs from the claimed value), or null.
    /// </summary>
    public static Check? FailedCheck(Result result)
    {
        var metric = result.Leaderboard.RankBy.Name;
        if (result.IntervalOf(metric) is not { } interval) return null;
        foreach (var check in result.Checks)
        {
            if (check.Measures && check.Value(metric) is { } measured && !interval.Contains(measured.Value)) return check;
        }
        return null;
    }

    /// <summary>The first status that applies: not reproduced, reproduced, re-evaluated, source-checked, self-reported.</summary>
    public static ResultStatus Of(Result result)
    {
        if (FailedCheck(result) is not null) return ResultStatus.NotReproduced;
        if (result.Checks.Any(c => c.Kind == CheckKind.Reproduced)) return ResultStatus.Reproduced;
        if (result.Checks.Any(c => c.Kind == CheckKind.ReEvaluated)) return ResultStatus.ReEvaluated;
        if (result.Checks.Any(c => c.Kind == CheckKind.SourceChecked)) return ResultStatus.SourceChecked;
        return ResultStatus.SelfReported;
    }
}
