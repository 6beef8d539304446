namespace Podium.Render.Views;

/// <summary>A metric value as written; <paramref name="IsBest"/> marks the column's best value.</summary>
/// <param name="Spread">The value's uncertainty as shown after it (<c>± 0.04</c>, <c>[88.50, 88.60]</c>); null without one.</param>
public sealed record CellView(string Text, bool IsBest, bool IsEmpty, string? Spread = null);
