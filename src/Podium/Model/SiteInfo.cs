namespace Podium.Model;

/// <summary>The site as a whole: title, where it is published and its UI language.</summary>
/// <param name="BaseUrl">Absolute URL of the site's root, ending in <c>/</c>.</param>
public sealed record SiteInfo(string Title, string? Description, Uri BaseUrl, string Language, string? Repository)
{
    /// <summary>The path part of <see cref="BaseUrl"/> (<c>/leaderboards/</c>): every link starts with it.</summary>
    public string BasePath => BaseUrl.AbsolutePath;
}
