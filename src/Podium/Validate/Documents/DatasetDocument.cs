using Podium.Diagnostics;

namespace Podium.Validate.Documents;

/// <summary>The checked content of one <c>datasets/&lt;id&gt;.yaml</c>.</summary>
public sealed record DatasetDocument(
    string File,
    string Id,
    string Name,
    string? Description,
    string? Homepage,
    Located<string>? IntroducedBy,
    IReadOnlyList<LeaderboardDocument> Leaderboards);

/// <summary>One leaderboard of a dataset: the task it measures and its metrics.</summary>
public sealed record LeaderboardDocument(Located<string> Task, IReadOnlyList<MetricDocument> Metrics, string RankBy);

/// <summary>A metric column: name, optional unit and which direction is better.</summary>
public sealed record MetricDocument(string Name, string? Unit, bool HigherIsBetter);
