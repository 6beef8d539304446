using Podium.Model;
using Podium.Render.Badges;
using Podium.Render.Views;

namespace Podium.Render;

public sealed partial class ViewFactory
{
    private const int SnippetLength = 140;
    private const int LatestPapersOnTopic = 10;
    private const int LatestPapersOnDataset = 5;

    public PaperGroups Groups => model.Groups.Value;

    public PaperView Paper(Paper paper)
    {
        var links = new List<LinkView>();
        if (paper.Arxiv is { } arxiv) links.Add(new LinkView($"{t["arxiv"]} {arxiv}", $"https://arxiv.org/abs/{arxiv}"));
        if (paper.Url is { } url && !(paper.Arxiv is not null && url.Contains(paper.Arxiv, StringComparison.Ordinal)))
        {
            links.Add(new LinkView(t["paper_link"], url));
        }
        links.AddRange(paper.Code.Select(c => new LinkView(t["code"], c)));

        return new PaperView(
            paper.Title,
            [new LinkView(t["nav_papers"], urls.PapersIndex)],
            paper.Authors.Select(a => new LinkView(a, urls.Author(Groups.Author(a)))).ToList(),
            t.Date(paper.Date),
            Iso(paper.Date),
            urls.Month(MonthOf(paper.Date)),
            Groups.Venue(paper.Venue) is { } venue ? new LinkView(paper.Venue!, urls.Venue(venue)) : null,
            links,
            paper.Tags.Select(tag => new LinkView(tag, urls.Tag(Groups.Tag(tag)))).ToList(),
            Html(paper.Abstract),
            Summaries(paper),
            paper.Results.Select(PaperResult).ToList())
        {
            BibTex = Citation.BibTex.Entry(paper),
            Similar = paper.Similar.Select(s => new SimilarPaperView(PaperLink(s.Paper),
                (s.Score * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%")).ToList(),
        };
    }

    /// <summary>The summary in the site's language first, then each translation, every one marked with its language.</summary>
    private IReadOnlyList<SummaryView> Summaries(Paper paper)
    {
        var list = new List<SummaryView>();
        if (!string.IsNullOrWhiteSpace(paper.Summary))
        {
            list.Add(new SummaryView(model.Site.Language, t.LanguageName(model.Site.Language), null, markdown.ToHtml(paper.Summary), InSiteLanguage: true));
        }
        list.AddRange(paper.Translations
            .OrderBy(tr => tr.Language, StringComparer.Ordinal)
            .Select(tr => new SummaryView(tr.Language, t.LanguageName(tr.Language), tr.Title, markdown.ToHtml(tr.Summary))));
        return list;
    }

    /// <summary>A paper in a short list (a task's or dataset's latest papers, all with results there): title, date, venue, author count, languages and the start of its abstract; made once per paper.</summary>
    public PaperItemView PaperItem(Paper p) => _items.GetOrAdd(p, static (paper, factory) => factory.NewPaperItem(paper), this);

    // A paper is listed on many pages: its list entries are made once and shared, as views are immutable.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Paper, PaperItemView> _items = new(ReferenceEqualityComparer.Instance);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Paper, PaperLinkView> _links = new(ReferenceEqualityComparer.Instance);

    /// <summary>A paper as long lists show it: a link with its date and venue, made once per paper.</summary>
    private PaperLinkView PaperLink(Paper p) =>
        _links.GetOrAdd(p, static (paper, f) => new PaperLinkView(paper.Title, f.Urls.Paper(paper), Iso(paper.Date), paper.Venue,
            // Whether it has results, not how many: a count would change the list pages of every
            // author, tag, venue and month of the paper whenever it gained a result.
            paper.Results.Count > 0 ? f.Strings["on_leaderboards"] : null), this);

    private PaperItemView NewPaperItem(Paper p) => new(
        p.Title, urls.Paper(p), Iso(p.Date), p.Venue,
        t.Count("author_count", p.Authors.Count),
        Snippet(p.Abstract),
        p.Translations.Select(tr => tr.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());

    /// <summary>
    /// An author's papers, each marked when it has results: the paper's page lists them with
    /// their leaderboards (a table of every result here too made author pages half the site's
    /// list bytes at Papers with Code scale, repeating what the paper pages show).
    /// </summary>
    public PaperGroupView Author(PaperGroup author) => GroupPage(author.Name, author.Papers);

    public PaperGroupView Tag(PaperGroup tag) => GroupPage(t.Format("tag_title", tag.Name), tag.Papers);

    public PaperGroupView Venue(PaperGroup venue) => GroupPage(venue.Name, venue.Papers);

    /// <summary>A month's papers: a page of the papers index, linked to the months with papers before and after it.</summary>
    public PaperGroupView Month(DateOnly month, IReadOnlyList<Paper> papers)
    {
        var months = Groups.Months; // newest first
        var at = -1;
        for (var i = 0; i < months.Count && at < 0; i++) if (months[i].Month == month) at = i;
        LinkView? MonthLink(int i) => at >= 0 && i >= 0 && i < months.Count ? new LinkView(t.Month(months[i].Month), urls.Month(months[i].Month)) : null;
        return GroupPage(t.Format("month_title", t.Month(month)), papers) with { Older = MonthLink(at + 1), Newer = MonthLink(at - 1) };
    }

    private PaperGroupView GroupPage(string title, IReadOnlyList<Paper> papers) => new(
        title,
        [new LinkView(t["nav_papers"], urls.PapersIndex)],
        t.Count("paper_count", papers.Count),
        papers.Select(PaperLink).ToList());

    /// <summary>A result as its paper's page lists it: with its rank (podium.js makes its badge from the row's link).</summary>
    private PaperResultView PaperResult(Result r) => new(
        LeaderboardTitle(r.Leaderboard),
        urls.Row(r),
        r.Model,
        // By tier, as the badge shows it: an exact rank ("of N" even more) would change this page
        // whenever anyone adds a result above it.
        r.Rank is { } rank ? RankTier.Label(rank, t) : t["not_ranked"],
        ValuesWithSpread(r, " · "),
        r.ExtraTrainingData,
        StatusMark(r),
        EvidenceOf(r));

    /// <summary>Papers with results on these leaderboards, newest first (each once).</summary>
    private IEnumerable<Paper> PapersWithResults(IEnumerable<Leaderboard> leaderboards) => leaderboards
        .SelectMany(l => l.Rows).Select(r => r.Paper).OfType<Paper>().Distinct()
        .OrderByDescending(p => p.Date).ThenBy(p => p.Id, StringComparer.Ordinal);

    private static DateOnly MonthOf(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The start of an abstract as one plain line, cut at a word.</summary>
    private static string? Snippet(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var head = text.Length > SnippetLength * 2 ? text[..(SnippetLength * 2)] : text;
        var line = string.Join(' ', head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= SnippetLength && head.Length == text.Length) return line;
        var cut = line.LastIndexOf(' ', Math.Min(SnippetLength, line.Length - 1));
        return line[..(cut > SnippetLength / 2 ? cut : Math.Min(SnippetLength, line.Length))].TrimEnd(',', ';', ':', '.') + "…";
    }
}
