using Podium.Render.Templates;
using Podium.Model;
using Podium.Render.Badges;
using Podium.Render.Views;

namespace Podium.Render;

public sealed partial class ViewFactory
{
    /// <summary>How many of the newest papers the papers index lists before its months.</summary>
    private const int NewestPapersOnIndex = 50;

    private const int LatestResultsOnHome = 10;
    private const int LeadersOnHome = 12;

    /// <summary>
    /// How many of its subtasks' leaderboards a task page lists after its own: the most active,
    /// each subtask's page listing all of its own. An area's page listed every leaderboard below
    /// it (up to 1,000 rows and 440 KB at Papers with Code's scale, 6 MB over all task pages).
    /// </summary>
    private const int SubtaskLeaderboardsOnTask = 12;
    private const int SubtasksPerAreaOnHome = 12;

    public HomeView Home() => new(
        model.Site.Title,
        Html(model.Site.Description),
        t.Format("home_stats", Number(model.Leaderboards.Count), Number(model.Results.Count), Number(model.Papers.Count)),
        Areas(depth: 1, SubtasksPerAreaOnHome),
        // The most active leaderboards; the datasets index lists them all.
        MostActive(model.Leaderboards)
            .Take(LeadersOnHome)
            .Select(LeaderSummary).ToList(),
        model.Results.Take(LatestResultsOnHome).Select(r => new LatestResultView(
            t.Date(r.Date), Iso(r.Date), r.Model, LeaderboardTitle(r.Leaderboard), urls.Leaderboard(r.Leaderboard),
            r.Metrics.TryGetValue(r.Leaderboard.RankBy.Name, out var v) ? $"{r.Leaderboard.RankBy.Name} {WithUnit(r.Leaderboard.RankBy, v)}"
                : string.Join(", ", r.Metrics.Select(m => $"{m.Key} {m.Value.Text}")),
            r.Rank is { } rank ? "#" + Number(rank) : t["not_ranked"],
            r.SourceTitle, SourceUrl(r))).ToList(),
        urls.PapersIndex,
        urls.DatasetsIndex);

    /// <summary>Leaderboards with the most results first; ties by dataset, then task (names, then ids).</summary>
    private static IEnumerable<Leaderboard> MostActive(IEnumerable<Leaderboard> leaderboards) => leaderboards
        .OrderByDescending(l => l.Rows.Count)
        .ThenBy(l => l.Dataset.Name, StringComparer.Ordinal).ThenBy(l => l.Dataset.Id, StringComparer.Ordinal)
        .ThenBy(l => l.Task.Name, StringComparer.Ordinal).ThenBy(l => l.Task.Id, StringComparer.Ordinal);

    public TasksIndexView TasksIndex() => new(Areas(depth: 2));

    public DatasetsIndexView DatasetsIndex() => new(model.Datasets
        .Select(d => new DatasetSummaryView(d.Name, urls.Dataset(d), t.Count("result_count", d.Leaderboards.Sum(l => l.Rows.Count)),
            d.Leaderboards.Select(l => new LinkView(l.Task.Name, urls.Leaderboard(l))).ToList()))
        .ToList());

    public TaskView Task(BenchmarkTask task)
    {
        var papers = PapersWithResults(task.AllLeaderboards).ToList();
        var latest = papers.Take(LatestPapersOnTopic).ToList();
        var inSubtasks = task.Children.SelectMany(c => c.AllLeaderboards).ToList();
        var shown = MostActive(inSubtasks).Take(SubtaskLeaderboardsOnTask).ToList();
        return new TaskView(
            task.Name,
            TaskCrumbs(task),
            Html(task.Description),
            task.Parent is { } parent ? new LinkView(parent.Name, urls.Task(parent)) : null,
            task.Children.Select(c => TaskLink(c, depth: 0)).ToList(),
            task.Leaderboards.Concat(shown).Select(l => LeaderSummary(l, task)).ToList(),
            shown.Count < inSubtasks.Count ? t.Format("subtask_leaderboards_shown", Number(shown.Count), Number(inSubtasks.Count)) : null,
            latest.Select(PaperItem).ToList(),
            // Papers already listed as the latest are not listed again.
            papers.Skip(latest.Count).Where(p => !string.IsNullOrWhiteSpace(p.Summary) || p.Translations.Count > 0).Take(LatestPapersOnTopic).Select(PaperItem).ToList());
    }

    public DatasetView Dataset(Dataset dataset) => new(
        dataset.Name,
        [new LinkView(t["nav_datasets"], urls.DatasetsIndex)],
        Html(dataset.Description),
        dataset.Homepage,
        dataset.IntroducedBy is { } paper ? new LinkView(paper.Title, urls.Paper(paper)) : null,
        dataset.Leaderboards.Select(l => LeaderSummary(l, onTaskPage: null, onDatasetPage: true)).ToList(),
        // Fewer than a task page's: a dataset's page leads with its leaderboards, each naming its leader's paper.
        PapersWithResults(dataset.Leaderboards).Take(LatestPapersOnDataset).Select(PaperItem).ToList());

    /// <summary>A leaderboard's page: its charts and its table (a long board's first rows, see <see cref="BoardPages"/>).</summary>
    public LeaderboardView Leaderboard(Leaderboard leaderboard) => Board(leaderboard, LeaderboardTitle(leaderboard), BoardCrumbs(leaderboard),
        Html(leaderboard.Dataset.Description), _chart.DrawAll(leaderboard), _costChart.Draw(leaderboard),
        BoardPages.IsSplit(leaderboard)
            ? Table(leaderboard, BoardPages.FirstRows, anchors: true, rest: urls.CompleteTable(leaderboard))
            : Table(leaderboard, anchors: true));

    /// <summary>A long board's every row, on a page of their own without the charts (those are on the board's page).</summary>
    public LeaderboardView CompleteTable(Leaderboard leaderboard) => Board(leaderboard,
        t.Format("complete_table_title", LeaderboardTitle(leaderboard)),
        [.. BoardCrumbs(leaderboard), new LinkView(LeaderboardTitle(leaderboard), urls.Leaderboard(leaderboard))],
        null, [], null, Table(leaderboard, anchors: true));

    private LeaderboardView Board(Leaderboard leaderboard, string title, IReadOnlyList<LinkView> breadcrumbs, Templates.RawHtml? description,
        IReadOnlyList<Charts.ChartView> charts, Charts.ChartView? costChart, TableView table) => new(
        title,
        breadcrumbs,
        leaderboard.Dataset.Name,
        urls.Dataset(leaderboard.Dataset),
        leaderboard.Task.Name,
        urls.Task(leaderboard.Task),
        description,
        leaderboard.Dataset.Homepage,
        t.Format("leaderboard_summary", t.Count("result_count", leaderboard.Rows.Count), MetricLabel(leaderboard.RankBy)),
        charts,
        costChart,
        [
            new LinkView(t["download_csv"], urls.LeaderboardCsv(leaderboard)),
            new LinkView(t["download_json"], urls.LeaderboardJson(leaderboard)),
            new LinkView(t["feed_records"], urls.LeaderboardFeed(leaderboard)),
        ],
        table,
        urls.Asset("results.js"));

    private IReadOnlyList<LinkView> BoardCrumbs(Leaderboard leaderboard) =>
        [.. TaskCrumbs(leaderboard.Task), new LinkView(leaderboard.Task.Name, urls.Task(leaderboard.Task)),
            new LinkView(leaderboard.Dataset.Name, urls.Dataset(leaderboard.Dataset))];

    /// <summary>
    /// The papers index: the newest papers, then every venue and month. The month pages are its
    /// pages, each linking the months before and after it, so the site lists every paper once
    /// (numbered pages of 50 repeated all 50,000 papers and carried 1,000 page links each).
    /// </summary>
    public PapersIndexView PapersIndex()
    {
        var newestMonth = Groups.Months.Count > 0 ? Groups.Months[0].Month : (DateOnly?)null;
        return new PapersIndexView(
            t["papers_title"],
            model.Papers.Take(NewestPapersOnIndex).Select(PaperLink).ToList(),
            newestMonth is { } month ? new LinkView(t.Format("papers_month_link", t.Month(month)), urls.Month(month)) : null,
            Groups.Venues.OrderByDescending(v => v.Papers.Count).ThenBy(v => v.Name, StringComparer.Ordinal)
                .Select(v => new LinkView($"{v.Name} ({Number(v.Papers.Count)})", urls.Venue(v))).ToList(),
            Groups.Months.GroupBy(m => m.Month.Year)
                .Select(y => new YearView(Number(y.Key), y.OrderBy(m => m.Month).Select(m => new LinkView(t.MonthShort(m.Month), urls.Month(m.Month))).ToList()))
                .ToList());
    }

    public NotFoundView NotFound() => new(urls.Home);

    /// <summary>The search page: where Pagefind's index is, and the kinds of page in the order results rank them.</summary>
    public SearchPageView SearchPage() => new(urls.BasePath + "pagefind/",
        string.Join('|', new[] { "kind_leaderboard", "kind_task", "kind_dataset", "kind_paper", "kind_author" }.Select(k => t[k])));

    /// <summary>The frame around a page's body; a leaderboard page adds its script, feed and data.</summary>
    public LayoutView Layout(string title, string? description, string url, string section, RawHtml body, Leaderboard? leaderboard = null, bool script = false,
        IReadOnlyList<LinkView>? edits = null) => new(
        model.Site.Language,
        title == model.Site.Title ? title : $"{title} · {model.Site.Title}",
        description,
        urls.Absolute(url),
        model.Site.Title,
        urls.Home,
        [
            new LinkView(t["nav_tasks"], urls.TasksIndex, section == "tasks"),
            new LinkView(t["nav_datasets"], urls.DatasetsIndex, section == "datasets"),
            new LinkView(t["nav_papers"], urls.PapersIndex, section == "papers"),
        ],
        urls.Asset("style.css"),
        urls.Asset("favicon.svg"),
        script ? urls.Asset("podium.js") : null,
        // Feed discovery on the home page and each leaderboard, not on all 100,000 pages: every
        // page's footer links the site feed.
        leaderboard is null
            ? section == "home" ? [new AlternateView("application/atom+xml", t.Format("site_feed_title", model.Site.Title), urls.SiteFeed)] : []
            :
            [
                new AlternateView("application/atom+xml", t.Format("leaderboard_feed_title", LeaderboardTitle(leaderboard)), urls.LeaderboardFeed(leaderboard)),
                new AlternateView("application/json", LeaderboardTitle(leaderboard), urls.LeaderboardJson(leaderboard)),
                new AlternateView("text/csv", LeaderboardTitle(leaderboard), urls.LeaderboardCsv(leaderboard)),
            ],
        urls.DataDump,
        urls.LeaderboardsIndex,
        urls.SiteFeed,
        section == "home",
        edits ?? [],
        urls.Search,
        body);
}
