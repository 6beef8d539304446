namespace Podium.Render.Views;

/// <summary>The papers of one month.</summary>
public sealed record MonthView(string Label, string Id, IReadOnlyList<PaperItemView> Papers);
