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
    RawHtml Body);
