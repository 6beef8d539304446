namespace Podium.Model;

/// <summary>A metric value: the digits as the contributor wrote them, and the number they denote.</summary>
/// <param name="Text">Shown on pages unchanged, so <c>99.10</c> stays <c>99.10</c>.</param>
/// <param name="Value">Used for ranking; decimal keeps <c>99.1</c> and <c>99.10</c> equal and exact.</param>
public readonly record struct MetricValue(string Text, decimal Value);
