namespace Podium.Model;

/// <summary>The closed interval a metric value lies in; a value without uncertainty is an interval of one point.</summary>
public readonly record struct ValueInterval(decimal Low, decimal High)
{
    public bool Contains(decimal value) => Low <= value && value <= High;

    /// <summary>True when every point of this interval is better than every point of <paramref name="other"/>.</summary>
    public bool IsEntirelyBetterThan(ValueInterval other, bool higherIsBetter) =>
        higherIsBetter ? Low > other.High : High < other.Low;
}
