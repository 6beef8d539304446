using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A task page, laid out like a topic portal.</summary>
/// <param name="Summarised">Papers in the topic with a summary, in the site's language or another.</param>
public sealed record TaskView(
    string Name,
    IReadOnlyList<LinkView> Breadcrumbs,
    RawHtml? DescriptionHtml,
    LinkView? Parent,
    IReadOnlyList<TaskLinkView> Children,
    IReadOnlyList<LeaderSummaryView> Leaderboards,
    IReadOnlyList<PaperItemView> LatestPapers,
    IReadOnlyList<PaperItemView> Summarised);
