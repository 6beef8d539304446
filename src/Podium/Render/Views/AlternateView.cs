namespace Podium.Render.Views;

/// <summary>A <c>&lt;link rel="alternate"&gt;</c>: the page's feed or data in another format.</summary>
public sealed record AlternateView(string Type, string Title, string Url);
