namespace Podium.Render.Views;

/// <summary>A metric value as written; <paramref name="IsBest"/> marks the column's best value.</summary>
public sealed record CellView(string Text, bool IsBest, bool IsEmpty);
