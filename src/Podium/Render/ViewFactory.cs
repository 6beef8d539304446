using Podium.Render.Templates;
using System.Globalization;
using Podium.Model;
using Podium.Render.Charts;
using Podium.Render.Views;

namespace Podium.Render;

/// <summary>
/// Turns the model into views: every rank, label, date, URL and piece of HTML a template shows
/// is computed here, so templates only place values. Split by page kind into partial files.
/// Thread-safe: pages are built in parallel.
/// </summary>
public sealed partial class ViewFactory(SiteModel model, SiteUrls urls, UiStrings t, SafeMarkdown markdown)
{
    public SiteModel Model => model;
    public SiteUrls Urls => urls;
    public UiStrings Strings => t;

    private readonly SotaChart _chart = new(t);
    private readonly CostChart _costChart = new(t);

    public string LeaderboardTitle(Leaderboard leaderboard) =>
        t.Format("leaderboard_title", leaderboard.Task.Name, leaderboard.Dataset.Name);

    private IReadOnlyList<LinkView> TaskCrumbs(BenchmarkTask task) =>
        [new LinkView(t["nav_tasks"], urls.TasksIndex), .. task.Ancestors.Select(a => new LinkView(a.Name, urls.Task(a)))];

    private static string MetricLabel(Metric metric) => MetricText.Label(metric);

    private static string WithUnit(Metric metric, MetricValue value) => MetricText.WithUnit(metric, value);

    private static string Arrow(Metric metric) => MetricText.Arrow(metric);

    private string Direction(Metric metric) => metric.HigherIsBetter ? t["higher_is_better"] : t["lower_is_better"];

    private RawHtml? Html(string? text) => string.IsNullOrWhiteSpace(text) ? null : markdown.ToHtml(text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private LeaderSummaryView LeaderSummary(Leaderboard leaderboard) => LeaderSummary(leaderboard, onTaskPage: null);

    /// <param name="onTaskPage">The task whose page lists the leaderboard: its name is not repeated on its own boards' rows.</param>
    /// <param name="onDatasetPage">True on the dataset's own page, whose rows are named by their tasks.</param>
    private LeaderSummaryView LeaderSummary(Leaderboard leaderboard, BenchmarkTask? onTaskPage, bool onDatasetPage = false)
    {
        var leader = leaderboard.Leader;
        return new LeaderSummaryView(
            onDatasetPage ? leaderboard.Task.Name : leaderboard.Dataset.Name,
            leaderboard.Task == onTaskPage || onDatasetPage ? null : leaderboard.Task.Name, urls.Task(leaderboard.Task),
            urls.Leaderboard(leaderboard),
            leader?.Model,
            leader is null ? null : WithUnit(leaderboard.RankBy, leader.Metrics[leaderboard.RankBy.Name]),
            $"{MetricLabel(leaderboard.RankBy)} {Arrow(leaderboard.RankBy)}",
            leader?.SourceTitle,
            leader is null ? null : SourceUrl(leader));
    }

    /// <summary>A result's paper page, or its source's own link.</summary>
    private string? SourceUrl(Result result) => result.Paper is { } paper ? urls.Paper(paper) : result.Source!.Url;

    private TaskLinkView TaskLink(BenchmarkTask task, int depth) => new(
        task.Name,
        urls.Task(task),
        t.Count("leaderboard_count", task.LeaderboardCount),
        depth > 0 ? task.Children.Select(c => TaskLink(c, depth - 1)).ToList() : []);

    /// <summary>
    /// Every area with its subtasks <paramref name="depth"/> levels down; with
    /// <paramref name="limit"/>, only the subtasks with the most leaderboards, and a link to the rest.
    /// </summary>
    private IReadOnlyList<AreaView> Areas(int depth, int? limit = null) => model.Areas
        .Select(a =>
        {
            var children = limit is { } n
                ? a.Children.OrderByDescending(c => c.LeaderboardCount).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).Take(n)
                : a.Children;
            var hidden = a.Children.Count - children.Count();
            return new AreaView(a.Name, urls.Task(a), t.Count("leaderboard_count", a.LeaderboardCount),
                children.Select(c => TaskLink(c, depth - 1)).ToList(),
                hidden > 0 ? t.Count("more_subtasks", hidden) : null);
        })
        .ToList();
}
