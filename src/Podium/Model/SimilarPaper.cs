namespace Podium.Model;

/// <summary>A paper found similar to another one, with the cosine similarity of their texts (0 to 1).</summary>
public sealed record SimilarPaper(Paper Paper, double Score);
