using Podium.Render;

namespace Podium.Write;

/// <summary>
/// A folder on disk, written through a staging folder so a failed build leaves it as it was (see
/// <see cref="SiteWriter"/>); with <paramref name="maxBytes"/>, a site over that size is not written at all.
/// </summary>
public sealed class StagedFolder(string outputDirectory, long? maxBytes = null) : ISiteTarget
{
    public string Path { get; } = outputDirectory;

    public WriteStats Write(IReadOnlyList<OutputFile> files, IBuildProgress? progress) => SiteWriter.Write(files, Path, progress, maxBytes);
}
