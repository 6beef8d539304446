using System.Collections.Concurrent;
using Podium.Render;

namespace Podium.Write;

/// <summary>
/// The site held in memory, for <c>serve</c> and tests. Writing swaps in the new list of files;
/// a file is rendered when first asked for and kept until the next write, so a rebuild costs the
/// same whichever page changed. Until a write succeeds the previous site stays in place.
/// </summary>
public sealed class MemorySite : ISiteTarget
{
    private sealed record Snapshot(Dictionary<string, OutputFile> Files, ConcurrentDictionary<string, byte[]> Rendered);

    private volatile Snapshot? _current;

    /// <summary>True once a site has been written.</summary>
    public bool HasSite => _current is not null;

    public WriteStats Write(IReadOnlyList<OutputFile> files, UInt128 sharedInputs, IBuildProgress? progress)
    {
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files) byPath[file.Path.Replace(System.IO.Path.DirectorySeparatorChar, '/')] = file;
        _current = new Snapshot(byPath, new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal));
        return new WriteStats(files.Count, 0, 0);
    }

    /// <summary>The bytes of a site file, rendered on first request; null when the site has no such file.</summary>
    public byte[]? Get(string sitePath)
    {
        var snapshot = _current;
        if (snapshot is null || !snapshot.Files.TryGetValue(sitePath, out var file)) return null;
        return snapshot.Rendered.GetOrAdd(sitePath, _ => file.Content());
    }
}
