namespace Podium.Model;

/// <summary>The ranks a row could hold given the uncertainty of the ranking metric: <see cref="Best"/> ≤ <see cref="Worst"/>.</summary>
public readonly record struct RankRange(int Best, int Worst);
