using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>What the page frame (layout.sbn-html) shows around every page's body.</summary>
/// <param name="DataLinks">
/// Whether the footer lists the site feed and data files (the home page); other footers link to
/// that list: three links on 100,000 pages were 25 MB at Papers with Code scale.
/// </param>
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
    bool DataLinks,
    IReadOnlyList<LinkView> EditLinks,
    string SearchUrl,
    RawHtml Body);
