namespace Podium.Render.Views;

/// <summary>Where a result's numbers are printed ("Table 2, p. 5"), linked to the evidence's own link or the paper's.</summary>
/// <param name="Quote">The numbers as printed, shown as the link's tooltip.</param>
public sealed record EvidenceView(string Label, string? Url, string? Quote);
