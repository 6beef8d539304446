using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A task page, laid out like a topic portal.</summary>
/// <param name="Leaderboards">The task's own leaderboards, then the most active of its subtasks' (<see cref="MoreInSubtasks"/>).</param>
/// <param name="MoreInSubtasks">How many of the subtasks' leaderboards are not listed, as a sentence; null when all are.</param>
/// <param name="Summarised">Papers in the topic with a summary, in the site's language or another.</param>
public sealed record TaskView(
    string Name,
    IReadOnlyList<LinkView> Breadcrumbs,
    RawHtml? DescriptionHtml,
    LinkView? Parent,
    IReadOnlyList<TaskLinkView> Children,
    IReadOnlyList<LeaderSummaryView> Leaderboards,
    string? MoreInSubtasks,
    IReadOnlyList<PaperItemView> LatestPapers,
    IReadOnlyList<PaperItemView> Summarised);
