using Podium.Model;

namespace Podium.Render.Feeds;

/// <summary>
/// The site's feeds: the newest results across the site, and per leaderboard each new state of
/// the art. Entry ids are built from the leaderboard URL and the result's stable key.
/// </summary>
public sealed class FeedBuilder(SiteModel model, SiteUrls urls, UiStrings t)
{
    public const int SiteFeedEntries = 50;

    /// <summary>A leaderboard's feed keeps its newest entries: readers poll for news, and the table holds the history.</summary>
    public const int LeaderboardFeedEntries = 20;

    public byte[] Site()
    {
        var entries = model.Results.Take(SiteFeedEntries).Select(r =>
        {
            var lb = r.Leaderboard;
            var values = MetricText.Values(r, ", ");
            var rank = r.Rank is { } n ? t.Format("rank_of", n, lb.RankedCount) : t["not_ranked"];
            return new AtomEntry(
                // The id stays the board's address with the row's key, wherever the row is shown.
                urls.Absolute(urls.Leaderboard(lb)) + "#" + r.Key,
                t.Format("feed_result_title", r.Model, Title(lb), values),
                urls.Absolute(urls.Row(r)),
                r.Date,
                $"{t["rank"]}: {rank}. {r.SourceTitle}.{(r.ExtraTrainingData ? $" {t["extra_data"]}." : "")}");
        }).ToList();
        return AtomFeed.Build(t.Format("site_feed_title", model.Site.Title), urls.Absolute(urls.SiteFeed), urls.Absolute(urls.Home), model.Site.Title, entries);
    }

    /// <summary>One entry per record-holder and per check, newest first, the newest <see cref="LeaderboardFeedEntries"/>; each record names the one it beat.</summary>
    public byte[] Leaderboard(Leaderboard lb)
    {
        var metric = lb.RankBy;
        var records = lb.Rows.Where(r => r.IsRecord).OrderBy(r => r.Date).ToList();
        var entries = new List<AtomEntry>();
        for (var i = records.Count - 1; i >= 0; i--)
        {
            var r = records[i];
            var value = MetricText.WithUnit(metric, r.Metrics[metric.Name]);
            var summary = i == 0
                ? t.Format("feed_record_summary", r.Model, value)
                : t.Format("feed_record_summary_beats", r.Model, value, records[i - 1].Model, MetricText.WithUnit(metric, records[i - 1].Metrics[metric.Name]));
            entries.Add(new AtomEntry(
                urls.Absolute(urls.Leaderboard(lb)) + "#record-" + r.Key,
                t.Format("feed_record_title", Title(lb), $"{r.Model}, {value}"),
                urls.Absolute(urls.Row(r)),
                r.Date,
                $"{summary} {r.SourceTitle}."));
        }
        // Checks join the records, newest first; a record and a check of one day keep that order.
        entries = [.. entries.Concat(CheckEntries(lb)).OrderByDescending(e => e.Updated).Take(LeaderboardFeedEntries)];
        return AtomFeed.Build(t.Format("leaderboard_feed_title", Title(lb)), urls.Absolute(urls.LeaderboardFeed(lb)), urls.Absolute(urls.Leaderboard(lb)), model.Site.Title, entries);
    }

    /// <summary>
    /// One entry per check of a row on the board: a source check, a reproduction or re-evaluation,
    /// or one that did not reproduce the result within its uncertainty (with both values). A
    /// removed check cannot be told from one never made here; the pull-request report names it.
    /// </summary>
    private IEnumerable<AtomEntry> CheckEntries(Leaderboard lb)
    {
        var metric = lb.RankBy;
        foreach (var r in lb.Rows)
        {
            var interval = r.IntervalOf(metric.Name);
            foreach (var check in r.Checks.OrderBy(c => c.Date))
            {
                var measured = check.Value(metric.Name);
                var failed = check.Measures && measured is { } m && interval is { } i && !i.Contains(m.Value);
                var kind = t[CheckLabels.Kind(check.Kind)];
                var label = failed ? t["status_not_reproduced"] : kind;
                var summary = failed
                    ? t.Format("feed_check_not_reproduced", kind, check.By, t.Date(check.Date), MetricText.WithUnit(metric, measured!.Value),
                        CheckLabels.Claimed(r, metric))
                    : t.Format("feed_check_summary", kind, check.By, t.Date(check.Date));
                yield return new AtomEntry(
                    urls.Absolute(urls.Leaderboard(lb)) + "#check-" + r.Key + "-" + CheckLabels.Id(check),
                    t.Format("feed_check_title", label, Title(lb), r.Model),
                    urls.Absolute(urls.Row(r)),
                    check.Date,
                    $"{summary} {r.SourceTitle}.");
            }
        }
    }

    private string Title(Leaderboard lb) => t.Format("leaderboard_title", lb.Task.Name, lb.Dataset.Name);
}
