using Podium.Model;

namespace Podium.Render;

/// <summary>
/// Every page's URL and output path, in one place. URLs are lowercase, readable and permanent
/// (<c>/dataset/cifar-10/image-classification/</c>), and every link starts with the base path
/// so the site works from a GitHub Pages project folder.
/// </summary>
public sealed class SiteUrls(SiteInfo site)
{
    public string BasePath { get; } = site.BasePath;

    public string Home => BasePath;
    public string TasksIndex => BasePath + "tasks/";
    public string DatasetsIndex => BasePath + "datasets/";
    public string Search => BasePath + "search/";
    public string Task(BenchmarkTask task) => $"{BasePath}task/{task.Id}/";
    public string Dataset(Dataset dataset) => $"{BasePath}dataset/{dataset.Id}/";
    public string Leaderboard(Leaderboard leaderboard) => $"{BasePath}dataset/{leaderboard.Dataset.Id}/{leaderboard.Task.Id}/";
    public string Paper(Paper paper) => $"{BasePath}paper/{paper.Id}/";
    public string PapersIndex => BasePath + "papers/";
    public string Asset(string name) => $"{BasePath}assets/{name}";
    public string Author(PaperGroup author) => $"{BasePath}author/{author.Slug}/";
    public string Tag(PaperGroup tag) => $"{BasePath}tag/{tag.Slug}/";
    public string Venue(PaperGroup venue) => $"{BasePath}venue/{venue.Slug}/";
    public string Month(DateOnly month) => $"{BasePath}papers/{month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)}/";

    // Files next to a leaderboard page: its data, its feed of new records and a badge per result.
    public string LeaderboardCsv(Leaderboard leaderboard) => Leaderboard(leaderboard) + "leaderboard.csv";
    public string LeaderboardJson(Leaderboard leaderboard) => Leaderboard(leaderboard) + "leaderboard.json";
    public string LeaderboardFeed(Leaderboard leaderboard) => Leaderboard(leaderboard) + "feed.xml";
    public string Badge(Result result) => $"{Leaderboard(result.Leaderboard)}badge/{result.Key}.svg";
    /// <summary>A board's complete table, when its page shows only the first rows (<see cref="BoardPages"/>).</summary>
    public string CompleteTable(Leaderboard leaderboard) => Leaderboard(leaderboard) + BoardPages.CompleteTableFolder;
    public string Row(Result result) => Leaderboard(result.Leaderboard) + BoardPages.RowFromBoard(result);

    // Site-wide machine-readable files.
    public string SiteFeed => BasePath + "feed.xml";
    public string DataDump => BasePath + "data/podium.json.gz";
    public string LeaderboardsIndex => BasePath + "data/leaderboards.json";

    /// <summary>The absolute URL of a site path, for the sitemap and canonical links.</summary>
    public string Absolute(string sitePath) => new Uri(site.BaseUrl, sitePath).AbsoluteUri;

    /// <summary>The output file for a URL: <c>/base/x/y/</c> becomes <c>x/y/index.html</c>, <c>/base/x/a.csv</c> becomes <c>x/a.csv</c>.</summary>
    public string OutputPath(string url)
    {
        var relative = url[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
