using System.Collections.Concurrent;

namespace Podium.Write;

/// <summary>
/// The folders made so far in a staging folder, which starts empty and which only this build
/// writes: a folder is made once, and the 60,000 badges of 10,000 leaderboards (and every file
/// beside another) skip asking the file system whether their folder exists.
/// </summary>
internal sealed class StagingFolders
{
    private readonly ConcurrentDictionary<string, byte> _made = new(StringComparer.Ordinal);

    public void Ensure(string folder)
    {
        if (_made.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _made.TryAdd(folder, 0);
    }
}
