namespace Podium.Write;

/// <summary>What the last build knew of one output file: the fingerprint of its inputs and the file as it left it.</summary>
/// <param name="Fingerprint">The hash of the file's inputs (pages) or of its bytes (other files).</param>
/// <param name="Bytes">The file's size when written or found unchanged.</param>
/// <param name="LastWriteTicks">The file's last write time (UTC ticks) then; a file touched since is rendered again.</param>
public readonly record struct CachedOutput(UInt128 Fingerprint, long Bytes, long LastWriteTicks)
{
    /// <summary>True when the file on disk still has the size and date this build left it with.</summary>
    public bool Matches(FileInfo file) => file.Exists && file.Length == Bytes && file.LastWriteTimeUtc.Ticks == LastWriteTicks;

    public static CachedOutput Of(UInt128 fingerprint, FileInfo file) => new(fingerprint, file.Length, file.LastWriteTimeUtc.Ticks);
}
