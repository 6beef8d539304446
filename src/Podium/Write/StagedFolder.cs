using Podium.Render;

namespace Podium.Write;

/// <summary>
/// A folder on disk, written through a staging folder so a failed build leaves it as it was (see
/// <see cref="SiteWriter"/>); with <paramref name="maxBytes"/>, a site over that size is not written at all.
/// </summary>
/// <param name="useCache">
/// Whether to trust the last build's <see cref="OutputCache"/> and skip files whose inputs did not
/// change; false renders every file (a clean build), and the cache is written again either way.
/// </param>
public sealed class StagedFolder(string outputDirectory, long? maxBytes = null, bool useCache = true) : ISiteTarget
{
    public string Path { get; } = outputDirectory;

    public WriteStats Write(IReadOnlyList<OutputFile> files, UInt128 sharedInputs, IBuildProgress? progress)
    {
        var cache = useCache ? OutputCache.Read(OutputCache.PathFor(Path), sharedInputs) : OutputCache.Empty(sharedInputs);
        return SiteWriter.Write(files, Path, cache, progress, maxBytes);
    }
}
