namespace Podium.Model;

/// <summary>A dataset and the leaderboards measured on it, one per task.</summary>
public sealed class Dataset(string id, string name, string? description, string? homepage)
{
    public string Id { get; } = id;
    public string Name { get; } = name;
    public string? Description { get; } = description;
    public string? Homepage { get; } = homepage;
    public Paper? IntroducedBy { get; internal set; }
    public List<Leaderboard> Leaderboards { get; } = [];
}
