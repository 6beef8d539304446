namespace Podium.Import;

/// <summary>A result's source when it has no paper: a title, a link and a date.</summary>
public sealed record ImportedSource(string Title, string? Url, ImportDate Date);
