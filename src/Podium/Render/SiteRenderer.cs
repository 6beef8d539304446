using Podium.Render.Templates;
using System.Text;
using Podium.Model;
using Podium.Render.Badges;
using Podium.Render.Exports;
using Podium.Render.Feeds;

namespace Podium.Render;

/// <summary>
/// The Render stage: lists every file of the site (pages, 404, sitemap, robots.txt) with the
/// template and view that produce it. Nothing is rendered until the Write stage asks.
/// </summary>
public sealed class SiteRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ViewFactory _views;
    private readonly TemplateRenderer _templates;
    private readonly FeedBuilder _feeds;
    private readonly EditLinks _edits;

    public SiteRenderer(SiteModel model, string templatesDirectory)
        : this(model, UiStrings.Load(templatesDirectory, model.Site.Language), templatesDirectory)
    {
    }

    private SiteRenderer(SiteModel model, UiStrings strings, string templatesDirectory)
        : this(model, strings, new TemplateRenderer(templatesDirectory, strings.All))
    {
    }

    /// <summary>Reuses compiled templates, as the preview server does between rebuilds.</summary>
    public SiteRenderer(SiteModel model, UiStrings strings, TemplateRenderer templates)
    {
        _views = new ViewFactory(model, new SiteUrls(model.Site), strings, new SafeMarkdown());
        _templates = templates;
        _feeds = new FeedBuilder(model, _views.Urls, strings);
        _edits = new EditLinks(model.Site, strings);
    }

    public IReadOnlyList<OutputFile> Files()
    {
        var model = _views.Model;
        var urls = _views.Urls;
        var t = _views.Strings;
        var pages = new List<(string Url, Func<PreparedContent> Render)>
        {
            (urls.Home, () => Page("home", _views.Home(), model.Site.Title, model.Site.Description, urls.Home, "home", edits: _edits.Site())),
            (urls.TasksIndex, () => Page("tasks", _views.TasksIndex(), t["nav_tasks"], null, urls.TasksIndex, "tasks")),
            (urls.DatasetsIndex, () => Page("datasets", _views.DatasetsIndex(), t["nav_datasets"], null, urls.DatasetsIndex, "datasets")),
        };
        pages.AddRange(model.Tasks.Select(task => (urls.Task(task),
            (Func<PreparedContent>)(() => Page("task", _views.Task(task), task.Name, task.Description, urls.Task(task), "tasks", edits: _edits.Task(task))))));
        pages.AddRange(model.Datasets.Select(d => (urls.Dataset(d),
            (Func<PreparedContent>)(() => Page("dataset", _views.Dataset(d), d.Name, d.Description, urls.Dataset(d), "datasets", edits: _edits.Dataset(d))))));
        pages.AddRange(model.Leaderboards.Select(l => (urls.Leaderboard(l),
            (Func<PreparedContent>)(() => Page("leaderboard", _views.Leaderboard(l), _views.LeaderboardTitle(l), l.Dataset.Description, urls.Leaderboard(l), "datasets", l, script: true, edits: _edits.Leaderboard(l))))));
        pages.AddRange(model.Leaderboards.Where(BoardPages.IsSplit).Select(l => (urls.CompleteTable(l),
            (Func<PreparedContent>)(() =>
            {
                var view = _views.CompleteTable(l);
                return Page("leaderboard", view, view.Title, null, urls.CompleteTable(l), "datasets", l, script: true, edits: _edits.Leaderboard(l));
            }))));
        pages.AddRange(model.Papers.Select(p => (urls.Paper(p),
            (Func<PreparedContent>)(() => Page("paper", _views.Paper(p), p.Title, p.Abstract, urls.Paper(p), "papers", script: true, edits: _edits.Paper(p))))));
        var groups = _views.Groups;
        pages.AddRange(groups.Authors.Select(a => (urls.Author(a),
            (Func<PreparedContent>)(() => Page("paper-group", _views.Author(a), a.Name, null, urls.Author(a), "papers")))));
        pages.AddRange(groups.Tags.Select(tag => (urls.Tag(tag),
            (Func<PreparedContent>)(() => Page("paper-group", _views.Tag(tag), t.Format("tag_title", tag.Name), null, urls.Tag(tag), "papers")))));
        pages.AddRange(groups.Venues.Select(v => (urls.Venue(v),
            (Func<PreparedContent>)(() => Page("paper-group", _views.Venue(v), v.Name, null, urls.Venue(v), "papers")))));
        pages.AddRange(groups.Months.Select(m => (urls.Month(m.Month),
            (Func<PreparedContent>)(() => Page("paper-group", _views.Month(m.Month, m.Papers), t.Format("month_title", t.Month(m.Month)), null, urls.Month(m.Month), "papers")))));
        pages.Add((urls.PapersIndex, () => Page("papers", _views.PapersIndex(), t["papers_title"], null, urls.PapersIndex, "papers")));

        // The dump first: it is one long job on one thread, and started last it would hold up the end of the build.
        var files = new List<OutputFile> { OutputFile.Streamed(urls.OutputPath(urls.DataDump), stream => SiteDataJson.DumpCompressed(model, urls, stream)) };
        files.AddRange(pages.Select(p => OutputFile.Prepared(urls.OutputPath(p.Url), p.Render)));
        files.AddRange(LeaderboardFiles());
        files.Add(new OutputFile(urls.OutputPath(urls.SiteFeed), () => _feeds.Site()));
        files.Add(new OutputFile(urls.OutputPath(urls.LeaderboardsIndex), () => SiteDataJson.Index(model, urls)));
        files.Add(OutputFile.Prepared(urls.OutputPath(urls.Search), () => Page("search", _views.SearchPage(), t["search_title"], null, urls.Search, "", script: true)));
        // Servers show 404.html at whatever address was asked for, so its links stay rooted at the base path.
        files.Add(OutputFile.Prepared("404.html", () => Page("404", _views.NotFound(), t["not_found_title"], null, urls.Home + "404.html", "", relative: false)));
        files.AddRange(Sitemap.Files(pages.Count, pages.Select(p => urls.Absolute(p.Url)), name => urls.Absolute(urls.Home + name))
            .Select(f => new OutputFile(f.Path, f.Content)));
        files.Add(new OutputFile("robots.txt", () => Utf8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(urls.Home + Sitemap.FileName)}\n")));
        // GitHub Pages would otherwise run Jekyll over the output and drop files starting with `_`.
        files.Add(new OutputFile(".nojekyll", () => []));
        return files;
    }

    /// <summary>Beside each leaderboard page: its CSV and JSON, its feed of records and a badge per result.</summary>
    private IEnumerable<OutputFile> LeaderboardFiles()
    {
        var urls = _views.Urls;
        var t = _views.Strings;
        foreach (var l in _views.Model.Leaderboards)
        {
            yield return new OutputFile(urls.OutputPath(urls.LeaderboardCsv(l)), () => LeaderboardCsv.Build(l, urls));
            yield return new OutputFile(urls.OutputPath(urls.LeaderboardJson(l)), () => LeaderboardJson.Build(l, urls));
            yield return new OutputFile(urls.OutputPath(urls.LeaderboardFeed(l)), () => _feeds.Leaderboard(l));
            foreach (var r in l.Rows)
            {
                yield return new OutputFile(urls.OutputPath(urls.Badge(r)), () => ResultBadge.Build(r, t));
            }
        }
    }

    /// <param name="script">Whether the page loads podium.js (leaderboards: table controls; papers: language switch and copy buttons).</param>
    private PreparedContent Page(string template, object view, string title, string? description, string url, string section, Leaderboard? leaderboard = null, bool script = false,
        IReadOnlyList<Views.LinkView>? edits = null, bool relative = true)
    {
        var body = _templates.Deferred(template, view);
        var layout = _views.Layout(title, Summarise(description), url, section, body, leaderboard, script, edits);
        return new PreparedContent(PageFingerprint.Of(template, view, layout, url, relative),
            () => _templates.RenderBytes("layout", layout, html => RelativeLinks.ToUtf8(html, _views.Urls.BasePath, url, relative)));
    }

    // Meta descriptions are one plain line; Markdown markup is left as text (it is escaped on output).
    // 160 characters: what search engines show; every paper page carries it, so each character is 50 kB at Papers with Code scale.
    private const int DescriptionLength = 160;

    /// <summary>
    /// The start of a text as one line: its words (between spaces, tabs and line breaks) joined by
    /// single spaces, cut to 157 characters and "…" when longer than 160. Only the first 600
    /// characters are read, in one pass into a buffer: splitting them into words made a hundred
    /// strings for each of 50,000 paper pages.
    /// </summary>
    internal static string? Summarise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var head = text.AsSpan(0, Math.Min(text.Length, 600));
        Span<char> line = stackalloc char[DescriptionLength + 1]; // one more: a full buffer means "longer"
        var length = 0;
        var space = false;
        foreach (var c in head)
        {
            if (c is '\n' or '\t' or ' ') { space = length > 0; continue; }
            if (length + (space ? 1 : 0) >= line.Length) { length = line.Length; break; }
            if (space) { line[length++] = ' '; space = false; }
            line[length++] = c;
        }
        return length <= DescriptionLength && head.Length == text.Length
            ? new string(line[..length])
            : new string(line[..Math.Min(DescriptionLength - 3, length)]).TrimEnd() + "…";
    }
}
