namespace Podium.Render.Views;

/// <summary>An area (a task without a parent) and its subtasks, for the home page and the tasks index.</summary>
/// <param name="More">"12 more subtasks" when the list was cut short; the area's page lists them all.</param>
public sealed record AreaView(string Name, string Url, string Counts, IReadOnlyList<TaskLinkView> Tasks, string? More);
