namespace Podium;

/// <summary>What to build from where: the CLI's options, with the same defaults.</summary>
/// <param name="BaseUrl">Overrides <c>base_url</c> from site.yaml (GitHub Pages project sites need it).</param>
/// <param name="Progress">Told when each stage starts and ends; null for silence.</param>
/// <param name="MaxBytes">The most the site may weigh, search index included; over it the build fails (the Pages workflow sets 1 GB).</param>
/// <param name="Clean">Render every file, ignoring what the last build left in its cache (<see cref="Write.OutputCache"/>); the cache is written again.</param>
public sealed record BuildOptions(
    string ContentDirectory = "content",
    string TemplatesDirectory = "templates",
    string OutputDirectory = "site",
    Uri? BaseUrl = null,
    IBuildProgress? Progress = null,
    bool Search = false,
    long? MaxBytes = null,
    bool Clean = false);
