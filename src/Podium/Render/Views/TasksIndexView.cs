namespace Podium.Render.Views;

/// <summary>The index of all tasks, by area.</summary>
public sealed record TasksIndexView(IReadOnlyList<AreaView> Areas);
