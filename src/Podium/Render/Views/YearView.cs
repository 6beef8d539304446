namespace Podium.Render.Views;

/// <summary>A year of the papers archive with a link per month.</summary>
public sealed record YearView(string Year, IReadOnlyList<LinkView> Months);
