namespace Podium.Render.Views;

/// <summary>The search page: where Pagefind's index lives, and the kinds of page in the order results rank them.</summary>
/// <param name="Kinds">The kinds' names joined by <c>|</c>: leaderboards, tasks, datasets, papers, authors.</param>
public sealed record SearchPageView(string BundlePath, string Kinds);
