namespace Podium.Render.Views;

/// <summary>A metric column header: name, unit and which direction is better.</summary>
/// <param name="Better"><c>high</c> or <c>low</c>: which way the page script sorts first.</param>
/// <param name="IsFolded">The column has values in under a quarter of the rows and is hidden until the reader asks for more columns.</param>
public sealed record MetricColumnView(string Name, string? Unit, string Arrow, string Direction, bool IsRankBy, string Better, bool IsFolded);
