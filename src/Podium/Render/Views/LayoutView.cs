using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>What the page frame (layout.sbn-html) shows around every page's body.</summary>
public sealed record LayoutView(
    string Lang,
    string Title,
    string? Description,
    string CanonicalUrl,
    string SiteTitle,
    string HomeUrl,
    IReadOnlyList<LinkView> Nav,
    string StylesheetUrl,
    string FaviconUrl,
    string? ScriptUrl,
    IReadOnlyList<AlternateView> Alternates,
    string SiteDataUrl,
    string SiteDataIndexUrl,
    string SiteFeedUrl,
    IReadOnlyList<LinkView> EditLinks,
    string SearchUrl,
    SearchMarks? Search,
    RawHtml Body);

/// <summary>
/// How Pagefind indexes a page: its kind, areas and year as filters. Pages without marks (indexes,
/// lists, 404, search) are left out of the index so results point at the pages themselves.
/// </summary>
public sealed record SearchMarks(string Kind, IReadOnlyList<string> Areas, string? Year);

/// <summary>A <c>&lt;link rel="alternate"&gt;</c>: the page's feed or data in another format.</summary>
public sealed record AlternateView(string Type, string Title, string Url);

/// <summary>A labelled link; <paramref name="Current"/> marks the page's own entry in navigation.</summary>
public sealed record LinkView(string Label, string Url, bool Current = false);
