using System.Text;
using Podium.Model;
using Podium.Render;

namespace Podium.Search;

/// <summary>One page as the search index sees it: its URL from the site root and a small HTML document of what readers search it by.</summary>
public sealed record SearchRecord(string Url, string Html);

/// <summary>
/// The search index's view of the site, made from the model rather than by re-reading the written
/// pages: each leaderboard, task, dataset, paper and author as a short document holding only what
/// readers search for (names, model names, abstracts and summaries; never navigation, tables of
/// other pages' papers or similar-paper lists). Names weigh most; an author page is found by its
/// name alone. The search page then puts the page whose id the query names first and orders the
/// rest by kind (templates/assets/podium.js).
/// Pagefind indexed 100,000 written pages in 2–3 minutes with 14 GB of memory at Papers with
/// Code's scale; these records are a tenth of that text.
/// </summary>
public static partial class SearchRecords
{
    public static IEnumerable<SearchRecord> Of(SiteModel model, SiteUrls urls, UiStrings t, PaperGroups groups)
    {
        var marks = new SearchMarksFactory(t);
        foreach (var l in model.Leaderboards)
        {
            var doc = new Doc(t.Format("leaderboard_title", l.Task.Name, l.Dataset.Name), 10, marks.Leaderboard(l));
            doc.Text(4, $"{l.Dataset.Name} {l.Task.Name}");
            doc.Text(2, string.Join(" · ", l.Metrics.Select(m => m.Name)));
            doc.Text(2, string.Join(" · ", l.Rows.Select(r => r.Model).Distinct(StringComparer.Ordinal)));
            yield return doc.Record(urls, urls.Leaderboard(l));
        }
        foreach (var task in model.Tasks)
        {
            var doc = new Doc(task.Name, 8, marks.Task(task));
            doc.Text(1, task.Description);
            yield return doc.Record(urls, urls.Task(task));
        }
        foreach (var d in model.Datasets)
        {
            var doc = new Doc(d.Name, 8, marks.Dataset(d));
            doc.Text(2, string.Join(" · ", d.Leaderboards.Select(l => l.Task.Name)));
            doc.Text(1, d.Description);
            yield return doc.Record(urls, urls.Dataset(d));
        }
        foreach (var p in model.Papers)
        {
            var doc = new Doc(p.Title, 6, marks.Paper(p));
            doc.Text(3, string.Join(" · ", p.Results.Select(r => r.Model).Distinct(StringComparer.Ordinal)));
            doc.Text(1, string.Join(", ", p.Authors));
            doc.Text(1, string.Join(" · ", p.Tags));
            doc.Text(1, Opening(PlainText(p.Abstract)));
            doc.Text(1, Opening(PlainText(p.Summary)));
            foreach (var tr in p.Translations) doc.Text(1, Opening(PlainText(tr.Summary)), tr.Language);
            yield return doc.Record(urls, urls.Paper(p));
        }
        foreach (var a in groups.Authors)
        {
            yield return new Doc(a.Name, 1, marks.Author(a)).Record(urls, urls.Author(a));
        }
    }

    // Pagefind's time, memory and index grow with the words it is given (over 5 GB for whole
    // abstracts and summaries of 50,000 papers): a paper's long texts are indexed by their opening
    // words, where what a paper is about is said, and the page shows the rest. Forty words rather
    // than sixty made the index 9 MB smaller at Papers with Code's scale.
    public const int OpeningWords = 40;
    public const int OpeningChars = 400;

    /// <summary>
    /// The first <see cref="OpeningWords"/> words of a text, and at most <see cref="OpeningChars"/>
    /// characters (Chinese and Japanese put no spaces between words).
    /// </summary>
    private static string? Opening(string? text)
    {
        if (text is null) return null;
        var words = text.Split((char[])[' ', '\n', '\r', '\t'], OpeningWords + 1, StringSplitOptions.RemoveEmptyEntries);
        var opening = string.Join(' ', words.Take(OpeningWords));
        var cut = words.Length > OpeningWords;
        if (opening.Length > OpeningChars)
        {
            var end = char.IsHighSurrogate(opening[OpeningChars - 1]) ? OpeningChars - 1 : OpeningChars;
            (opening, cut) = (opening[..end], true);
        }
        return cut ? opening + " …" : opening;
    }

    /// <summary>Markdown as the words a reader sees: links keep their text, emphasis, code and list marks go.</summary>
    private static string? PlainText(string? markdown) =>
        markdown is null ? null : MarkdownMarks().Replace(MarkdownLink().Replace(markdown, "$1"), " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"!?\[([^\]]*)\]\([^)]*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MarkdownLink();

    [System.Text.RegularExpressions.GeneratedRegex(@"[*_`]{1,3}|^\s*(?:[-+>#]+|\d+\.)\s+", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MarkdownMarks();

    /// <summary>A record's HTML: the title as its heading, weighted text, and the page's filters.</summary>
    private sealed class Doc
    {
        private readonly StringBuilder _html = new();

        public Doc(string title, int weight, Render.Views.SearchMarks marks)
        {
            _html.Append("<main data-pagefind-body>");
            // Filters take their values from these elements; ignored for the index, so their words
            // are neither searched nor shown at the start of every excerpt.
            _html.Append("<div data-pagefind-ignore>");
            _html.Append("<span data-pagefind-filter=\"kind\" hidden>").Append(Markup.Escape(marks.Kind)).Append("</span>");
            foreach (var area in marks.Areas) _html.Append("<span data-pagefind-filter=\"area\" hidden>").Append(Markup.Escape(area)).Append("</span>");
            if (marks.Year is { } year) _html.Append("<span data-pagefind-filter=\"year\" hidden>").Append(year).Append("</span>");
            _html.Append("</div>");
            _html.Append("<h1 data-pagefind-weight=\"").Append(weight).Append("\">").Append(Markup.Escape(title)).Append("</h1>");
        }

        public void Text(int weight, string? text, string? language = null)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            _html.Append("<p data-pagefind-weight=\"").Append(weight).Append('"');
            if (language is not null) _html.Append(" lang=\"").Append(Markup.Escape(language)).Append('"');
            _html.Append('>').Append(Markup.Escape(text)).Append("</p>");
        }

        /// <summary>Pagefind takes URLs from the site's root; the search page adds the base path back.</summary>
        public SearchRecord Record(SiteUrls urls, string url)
        {
            var path = urls.OutputPath(url).Replace('\\', '/');
            var page = path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
            return new SearchRecord("/" + page, "<html><body>" + _html + "</main></body></html>");
        }
    }
}
