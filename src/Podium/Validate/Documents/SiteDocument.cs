namespace Podium.Validate.Documents;

/// <summary>The checked content of <c>site.yaml</c>.</summary>
/// <param name="BaseUrl">Absolute URL ending in <c>/</c>; its path is the base path of every link.</param>
public sealed record SiteDocument(string Title, string? Description, Uri BaseUrl, string Language, string? Repository);
