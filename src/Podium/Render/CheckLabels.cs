using System.Security.Cryptography;
using System.Text;
using Podium.Model;

namespace Podium.Render;

/// <summary>The UI string keys and texts for statuses and checks, shared by pages and feeds.</summary>
public static class CheckLabels
{
    /// <summary>The UI string key of a check's kind (<c>status_reproduced</c>, …).</summary>
    public static string Kind(CheckKind kind) => kind switch
    {
        CheckKind.Reproduced => "status_reproduced",
        CheckKind.ReEvaluated => "status_re_evaluated",
        _ => "status_source_checked",
    };

    /// <summary>The UI string key of a status (<c>status_not_reproduced</c>, …).</summary>
    public static string Status(ResultStatus status) => status switch
    {
        ResultStatus.SourceChecked => "status_source_checked",
        ResultStatus.ReEvaluated => "status_re_evaluated",
        ResultStatus.Reproduced => "status_reproduced",
        ResultStatus.NotReproduced => "status_not_reproduced",
        _ => "status_self_reported",
    };

    /// <summary>The claimed ranking-metric value as pages show it: <c>78.0% [77.0, 79.6]</c>, <c>80.0% ± 0.5</c>.</summary>
    public static string Claimed(Result result, Metric metric)
    {
        var value = MetricText.WithUnit(metric, result.Metrics[metric.Name]);
        return result.Uncertainty.TryGetValue(metric.Name, out var u) ? $"{value} {EvidenceText.Spread(u)}" : value;
    }

    /// <summary>A short id for a check that stays the same while other checks come and go (feed entry ids).</summary>
    public static string Id(Check check)
    {
        var identity = $"{CheckKinds.Name(check.Kind)}\n{check.By}\n{check.Date.DayNumber}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..8];
    }
}
