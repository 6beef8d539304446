using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A summary in one language, marked with its language for screen readers, fonts and the language switch.</summary>
public sealed record SummaryView(string Lang, string LanguageName, string? Title, RawHtml Html);
