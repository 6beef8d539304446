namespace Podium.Render.Views;

/// <summary>The search page: where Pagefind's index and UI live.</summary>
public sealed record SearchPageView(string BundlePath, string StylesheetUrl, string ScriptUrl);
