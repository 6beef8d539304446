namespace Podium.Model;

/// <summary>A metric column of a leaderboard.</summary>
public sealed record Metric(string Name, string? Unit, bool HigherIsBetter)
{
    /// <summary>Orders two values so that the better one comes first.</summary>
    public int CompareBetterFirst(decimal a, decimal b) => HigherIsBetter ? b.CompareTo(a) : a.CompareTo(b);
}
