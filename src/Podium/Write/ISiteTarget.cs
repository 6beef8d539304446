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
    /// <param name="sharedInputs">The hash of what every file depends on (<see cref="SharedInputs"/>): the key of any cache the target keeps.</param>
    WriteStats Write(IReadOnlyList<OutputFile> files, UInt128 sharedInputs, IBuildProgress? progress);
}
