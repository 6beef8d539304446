using Podium.Model;

namespace Podium.Render.Feeds;

/// <summary>
/// The site's feeds: the newest results across the site, and per leaderboard each new state of
/// the art. Entry ids are built from the leaderboard URL and the result's stable key.
/// </summary>
public sealed class FeedBuilder(SiteModel model, SiteUrls urls, UiStrings t)
{
    public const int SiteFeedEntries = 50;

    public byte[] Site()
    {
        var entries = model.Results.Take(SiteFeedEntries).Select(r =>
        {
            var lb = r.Leaderboard;
            var values = MetricText.Values(r, ", ");
            var rank = r.Rank is { } n ? t.Format("rank_of", n, lb.RankedCount) : t["not_ranked"];
            return new AtomEntry(
                urls.Absolute(urls.Row(r)),
                t.Format("feed_result_title", r.Model, Title(lb), values),
                urls.Absolute(urls.Row(r)),
                r.Date,
                $"{t["rank"]}: {rank}. {r.SourceTitle}.{(r.ExtraTrainingData ? $" {t["extra_data"]}." : "")}");
        }).ToList();
        return AtomFeed.Build(t.Format("site_feed_title", model.Site.Title), urls.Absolute(urls.SiteFeed), urls.Absolute(urls.Home), model.Site.Title, entries);
    }

    /// <summary>One entry per record-holder, newest first; each names the record it beat.</summary>
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
        return AtomFeed.Build(t.Format("leaderboard_feed_title", Title(lb)), urls.Absolute(urls.LeaderboardFeed(lb)), urls.Absolute(urls.Leaderboard(lb)), model.Site.Title, entries);
    }

    private string Title(Leaderboard lb) => t.Format("leaderboard_title", lb.Task.Name, lb.Dataset.Name);
}
