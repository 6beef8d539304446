using Podium.Diagnostics;

namespace Podium.Write;

/// <summary>
/// The last stage of a build to disk: measures the site as published (the files written and the
/// search index) and holds it to GitHub Pages' limit, as a warning, or to <c>--max-size</c>, as an
/// error. The limit on the files themselves was already checked before they moved in
/// (<see cref="SiteWriter"/>); the search index, written after, is removed when it alone takes
/// the site over the limit, so a site that fails the check is never published whole.
/// </summary>
public static class SiteBudget
{
    private const string Hint = "see the size table `build` prints: build without search (`--no-search`) for a test deploy, leave out sections readers do not need, or host the site elsewhere";

    public static SiteSize Check(string outputDirectory, WriteStats written, long? maxBytes, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputDirectory);
        var search = Path.Combine(output, Search.PagefindIndexer.OutputFolder);
        var index = Directory.Exists(search)
            ? Directory.EnumerateFiles(search, "*", SearchOption.AllDirectories).Select(f => (Path.GetRelativePath(output, f).Replace('\\', '/'), new FileInfo(f).Length))
            : [];
        var size = SiteSize.Of(written.Sizes.Concat(index));
        if (maxBytes is { } max && size.Bytes > max)
        {
            if (Directory.Exists(search)) Directory.Delete(search, recursive: true);
            diagnostics.Add(TooLarge(outputDirectory, $"the site with its search index is {SiteSize.Format(size.Bytes)}, over --max-size {SiteSize.Format(max)}; the search index was removed"));
        }
        else if (size.Bytes > SiteSize.GitHubPagesLimit)
        {
            diagnostics.Add(new Diagnostic(outputDirectory, SourcePosition.Start, ErrorCodes.SiteTooLarge,
                $"the site is {SiteSize.Format(size.Bytes)} in {size.Files.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} files; GitHub Pages refuses sites over 1 GB", Hint)
            {
                Severity = DiagnosticSeverity.Warning,
            });
        }
        return size;
    }

    public static Diagnostic TooLarge(string outputDirectory, string message) =>
        new(outputDirectory, SourcePosition.Start, ErrorCodes.SiteTooLarge, message, Hint);
}
