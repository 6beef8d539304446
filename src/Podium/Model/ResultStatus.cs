namespace Podium.Model;

/// <summary>How far a result has been checked; the content format gives the order in which they apply.</summary>
public enum ResultStatus
{
    SelfReported,
    SourceChecked,
    ReEvaluated,
    Reproduced,

    /// <summary>A reproduction or re-evaluation measured a ranking-metric value outside the result's interval.</summary>
    NotReproduced,
}
