namespace Podium.Render.Views;

/// <summary>A similar paper and how close it is (0–1, shown as a percentage).</summary>
public sealed record SimilarPaperView(PaperLinkView Paper, string Score);
