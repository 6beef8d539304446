using Podium.Render;

namespace Podium.Write;

/// <summary>
/// Where the Write stage puts the site: a folder on disk (<see cref="StagedFolder"/>, for
/// <c>build</c>) or memory (<see cref="MemorySite"/>, for <c>serve</c> and tests). The pipeline
/// before it is the same, so both hold the same files with the same bytes.
/// </summary>
public interface ISiteTarget
{
    /// <summary>Takes a complete, successfully listed site. Throws <see cref="OutputException"/> when it cannot.</summary>
    WriteStats Write(IReadOnlyList<OutputFile> files, IBuildProgress? progress);
}
