using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A summary in one language, marked with its language for screen readers, fonts and the language switch.</summary>
/// <param name="InSiteLanguage">The paper's own summary, in the site's language: alone, it needs no heading naming its language.</param>
public sealed record SummaryView(string Lang, string LanguageName, string? Title, RawHtml Html, bool InSiteLanguage = false);
