namespace Podium.Render.Views;

/// <summary>A metric value as written, padded to line up on the decimal point; <paramref name="IsBest"/> marks the column's best value.</summary>
/// <param name="Class">The cell's classes: <c>best</c>, <c>fold</c> (a folded column), both, or null.</param>
/// <param name="Spread">The value's uncertainty as shown after it (<c>± 0.04</c>, <c>[88.50, 88.60]</c>); null without one.</param>
public sealed record CellView(string Text, bool IsBest, bool IsEmpty, string? Class, string? Spread = null);
