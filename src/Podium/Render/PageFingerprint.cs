using Podium.Render.Templates;
using Podium.Render.Views;

namespace Podium.Render;

/// <summary>
/// What produces a page, hashed: its template's name, its view, the layout's view around it and
/// how its links are written. The templates and UI strings are the same for every page and are
/// hashed once, into the key of the whole cache.
/// </summary>
internal static class PageFingerprint
{
    // The layout's body is the page template's output for the page's view, hashed as those two.
    private static readonly RawHtml BodyPlaceholder = new("");

    public static UInt128 Of(string template, object view, LayoutView layout, string url, bool relative) =>
        Fingerprint.Start()
            .Add(template)
            .AddView(view)
            .AddView(layout with { Body = BodyPlaceholder })
            .Add(url)
            .Add(relative)
            .Finish();
}
