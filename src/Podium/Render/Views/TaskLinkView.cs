namespace Podium.Render.Views;

/// <summary>A link to a task with how many leaderboards it and its subtasks have.</summary>
public sealed record TaskLinkView(string Name, string Url, string Counts, IReadOnlyList<TaskLinkView> Children);
