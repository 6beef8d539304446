using Podium.Render.Templates;
using Podium.Render.Charts;

namespace Podium.Render.Views;

/// <summary>The home page: what the site covers, its areas and tasks, each leaderboard's leader, the latest results.</summary>
public sealed record HomeView(
    string Title,
    RawHtml? DescriptionHtml,
    string Stats,
    IReadOnlyList<AreaView> Areas,
    IReadOnlyList<LeaderSummaryView> Leaders,
    IReadOnlyList<LatestResultView> Latest,
    string PapersUrl,
    string DatasetsUrl);

/// <summary>An area (a task without a parent) and its subtasks, for the home page and the tasks index.</summary>
/// <param name="More">"12 more subtasks" when the list was cut short; the area's page lists them all.</param>
public sealed record AreaView(string Name, string Url, string Counts, IReadOnlyList<TaskLinkView> Tasks, string? More);

/// <summary>A link to a task with how many leaderboards it and its subtasks have.</summary>
public sealed record TaskLinkView(string Name, string Url, string Counts, IReadOnlyList<TaskLinkView> Children);

/// <summary>A leaderboard and its current state of the art.</summary>
public sealed record LeaderSummaryView(
    string DatasetName,
    string DatasetUrl,
    string TaskName,
    string TaskUrl,
    string Url,
    string? LeaderModel,
    string? LeaderValue,
    string MetricLabel,
    string? PaperTitle,
    string? PaperUrl,
    string ResultCount);

/// <summary>A recently added result.</summary>
public sealed record LatestResultView(
    string Date,
    string DateIso,
    string Model,
    string LeaderboardTitle,
    string LeaderboardUrl,
    string Value,
    string Rank,
    string SourceTitle,
    string? SourceUrl);

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

/// <summary>The index of all tasks, by area.</summary>
public sealed record TasksIndexView(IReadOnlyList<AreaView> Areas);

/// <summary>The index of all datasets with their leaderboards.</summary>
public sealed record DatasetsIndexView(IReadOnlyList<DatasetSummaryView> Datasets);

/// <summary>A dataset in the datasets index.</summary>
/// <param name="Leaderboards">One link per leaderboard, labelled with its task.</param>
public sealed record DatasetSummaryView(string Name, string Url, string Counts, IReadOnlyList<LinkView> Leaderboards);

/// <summary>A dataset page: description, links and a preview of each leaderboard.</summary>
public sealed record DatasetView(
    string Name,
    IReadOnlyList<LinkView> Breadcrumbs,
    RawHtml? DescriptionHtml,
    string? Homepage,
    LinkView? IntroducedBy,
    IReadOnlyList<DatasetLeaderboardView> Leaderboards,
    IReadOnlyList<PaperItemView> LatestPapers);

/// <summary>One leaderboard on a dataset page, with its top rows.</summary>
public sealed record DatasetLeaderboardView(string TaskName, string TaskUrl, string Url, string ResultCount, TableView Table);

/// <summary>A leaderboard page.</summary>
public sealed record LeaderboardView(
    string Title,
    IReadOnlyList<LinkView> Breadcrumbs,
    string DatasetName,
    string DatasetUrl,
    string TaskName,
    string TaskUrl,
    RawHtml? DescriptionHtml,
    string? Homepage,
    string Summary,
    ChartView? Chart,
    IReadOnlyList<LinkView> Downloads,
    string JsonUrl,
    TableView Table);

/// <summary>A paper page.</summary>
/// <param name="Summaries">The summary in the site's language first, then translations; with more than one the page offers a language switch.</param>
public sealed record PaperView(
    string Title,
    IReadOnlyList<LinkView> Breadcrumbs,
    IReadOnlyList<LinkView> Authors,
    string Date,
    string DateIso,
    string MonthUrl,
    LinkView? Venue,
    IReadOnlyList<LinkView> Links,
    IReadOnlyList<LinkView> Tags,
    RawHtml? AbstractHtml,
    IReadOnlyList<SummaryView> Summaries,
    IReadOnlyList<PaperResultView> Results)
{
    public bool HasLanguageSwitch => Summaries.Count > 1;

    /// <summary>Papers like this one (set once similar papers are computed).</summary>
    public IReadOnlyList<SimilarPaperView> Similar { get; init; } = [];

    /// <summary>The paper's BibTeX entry, as text.</summary>
    public string? BibTex { get; init; }
}

/// <summary>A summary in one language, marked with its language for screen readers, fonts and the language switch.</summary>
public sealed record SummaryView(string Lang, string LanguageName, string? Title, RawHtml Html);

/// <summary>A similar paper and how close it is (0–1, shown as a percentage).</summary>
public sealed record SimilarPaperView(PaperItemView Paper, string Score);

/// <summary>One result of a paper, with its rank on its leaderboard.</summary>
/// <param name="BadgeMarkdown">The snippet that embeds the result's badge in a README, linking to its row.</param>
public sealed record PaperResultView(string LeaderboardTitle, string Url, string Model, string Rank, string Values, bool ExtraTrainingData,
    string BadgeUrl, string BadgeTitle, string BadgeMarkdown);

/// <summary>One page of the papers index, newest first, grouped by month; the first page also lists venues and months.</summary>
public sealed record PapersIndexView(string Title, IReadOnlyList<MonthView> Months, IReadOnlyList<LinkView> Pages, LinkView? Previous, LinkView? Next,
    IReadOnlyList<LinkView> Venues, IReadOnlyList<YearView> Archive);

/// <summary>A year of the papers archive with a link per month.</summary>
public sealed record YearView(string Year, IReadOnlyList<LinkView> Months);

/// <summary>The papers of one month.</summary>
public sealed record MonthView(string Label, string Id, IReadOnlyList<PaperItemView> Papers);

/// <summary>A paper in a list, as paper listings show it: title, date, venue, authors, tags and the start of the abstract.</summary>
/// <param name="Languages">Languages the paper has a translated summary in.</param>
public sealed record PaperItemView(string Title, string Url, string Date, string DateIso, string? Venue, string AuthorCount,
    IReadOnlyList<LinkView> Tags, string? ResultCount, string? Snippet, IReadOnlyList<string> Languages);

/// <summary>The papers of an author, a tag, a venue or a month; an author's page also lists their results.</summary>
public sealed record PaperGroupView(string Title, IReadOnlyList<LinkView> Breadcrumbs, string Counts, IReadOnlyList<PaperItemView> Papers,
    IReadOnlyList<PaperResultView> Results);

/// <summary>The search page: where Pagefind's index and UI live.</summary>
public sealed record SearchPageView(string BundlePath, string StylesheetUrl, string ScriptUrl);

/// <summary>The 404 page.</summary>
public sealed record NotFoundView(string HomeUrl);
