namespace Podium.Model;

/// <summary>An independent check of a result: who did what, when, where it is recorded, and what they measured.</summary>
/// <param name="By">Free text or a GitHub handle such as <c>@jdoe</c>.</param>
/// <param name="Url">Required for <see cref="CheckKind.Reproduced"/> and <see cref="CheckKind.ReEvaluated"/>.</param>
/// <param name="Metrics">What the check measured, by metric name, in the order written; empty when it says nothing.</param>
public sealed record Check(CheckKind Kind, string By, DateOnly Date, string? Url, IReadOnlyList<KeyValuePair<string, MetricValue>> Metrics)
{
    /// <summary>True for checks that measure the result again, whose values can disagree with it.</summary>
    public bool Measures => Kind is CheckKind.Reproduced or CheckKind.ReEvaluated;

    public MetricValue? Value(string metric)
    {
        foreach (var (name, value) in Metrics)
        {
            if (name == metric) return value;
        }
        return null;
    }
}
