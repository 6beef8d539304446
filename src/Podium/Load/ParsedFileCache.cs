using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Podium.Diagnostics;
using Podium.Load.Yaml;

namespace Podium.Load;

/// <summary>
/// Parsed content files kept between builds, so a rebuild parses only the files that changed: at
/// Papers with Code's scale parsing is most of the Load stage. A file is reused while it has the
/// size and date it had when parsed; only files that parsed without any diagnostic are kept, so
/// every message still comes from a real parse. Two files beside the output folder: the parsed
/// trees, appended to (<c>.podium-parsed.data</c>), and their index, replaced whole after each
/// build (<c>.podium-parsed</c>). Each tree carries a checksum; anything missing, damaged or
/// written by another build of Podium is parsed again from the content file, never an error.
/// </summary>
public sealed class ParsedFileCache : IDisposable
{
    private const string Magic = "podium-parsed-files";
    private const int Format = 1;
    private static readonly string Build = typeof(ParsedFileCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly record struct Stored(long Bytes, long LastWriteTicks, long Offset, int Length, ulong Checksum);

    private readonly string _indexPath;
    private readonly string _dataPath;
    private readonly Dictionary<string, Stored> _stored;
    private readonly long _dataLength;
    private readonly Microsoft.Win32.SafeHandles.SafeFileHandle? _data;
    // Queues, not dictionaries: every file of a build lands here from the parallel Load stage, and
    // a concurrent dictionary's locks made the threads wait for each other. Save keeps the last entry of a path.
    private readonly ConcurrentQueue<(string Path, long Bytes, long LastWriteTicks, byte[] Tree)> _added = new();
    private readonly ConcurrentQueue<(string Path, Stored Entry)> _reused = new();

    private ParsedFileCache(string indexPath, Dictionary<string, Stored> stored, long dataLength)
    {
        _indexPath = indexPath;
        _dataPath = indexPath + ".data";
        _stored = stored;
        _dataLength = dataLength;
        if (stored.Count > 0) _data = File.OpenHandle(_dataPath);
    }

    /// <summary>Where the cache for a site built into <paramref name="outputDirectory"/> lives: beside it, hidden.</summary>
    public static string PathFor(string outputDirectory) => BesideOutput.Path(outputDirectory, "parsed");

    /// <summary>A cache that knows nothing yet and is written to <paramref name="indexPath"/> (a clean build).</summary>
    public static ParsedFileCache Empty(string indexPath) => new(indexPath, [], 0);

    /// <summary>Opens the cache at <paramref name="indexPath"/>; empty when it is missing, damaged or of another build.</summary>
    public static ParsedFileCache Open(string indexPath)
    {
        try
        {
            var dataLength = new FileInfo(indexPath + ".data") is { Exists: true } data ? data.Length : -1;
            using var reader = new BinaryReader(File.OpenRead(indexPath), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || reader.ReadString() != Build || reader.ReadInt64() != dataLength)
            {
                return new ParsedFileCache(indexPath, [], 0);
            }
            var count = reader.ReadInt32();
            var stored = new Dictionary<string, Stored>(Math.Max(0, count), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                stored[reader.ReadString()] = new Stored(reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadUInt64());
            }
            return new ParsedFileCache(indexPath, stored, dataLength);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return new ParsedFileCache(indexPath, [], 0);
        }
    }

    /// <summary>The file as parsed before, when it has not changed since; thread-safe.</summary>
    public ContentFile? TryGet(ContentEntry entry, FileInfo info)
    {
        if (_data is null || !_stored.TryGetValue(entry.FullPath, out var stored)) return null;
        if (stored.Bytes != info.Length || stored.LastWriteTicks != info.LastWriteTimeUtc.Ticks) return null;
        if (stored.Offset < 0 || stored.Length < 0 || stored.Offset + stored.Length > _dataLength) return null;
        try
        {
            var bytes = new byte[stored.Length];
            if (RandomAccess.Read(_data, bytes, stored.Offset) != bytes.Length || XxHash64.HashToUInt64(bytes) != stored.Checksum) return null;
            var file = ParsedFileFormat.Read(entry, bytes);
            _reused.Enqueue((entry.FullPath, stored));
            return file;
        }
        catch (Exception ex) when (ex is IOException or FormatException or EndOfStreamException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Keeps a freshly parsed file for the next build, when it parsed cleanly; thread-safe.</summary>
    public void Add(ContentEntry entry, FileInfo info, ContentFile file, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count > 0 || file.Data is null) return;
        _added.Enqueue((entry.FullPath, info.Length, info.LastWriteTimeUtc.Ticks, ParsedFileFormat.Write(file)));
    }

    /// <summary>
    /// Writes what the next build needs: the trees parsed now are appended to the data file, and the
    /// index of every file reused or added replaces the old one. When most of the data file is trees
    /// no file uses any more, it is written again with only the live ones.
    /// </summary>
    public void Save()
    {
        var reused = new Dictionary<string, Stored>(_reused.Count, StringComparer.Ordinal);
        foreach (var (path, stored) in _reused) reused[path] = stored;
        var added = new Dictionary<string, (long Bytes, long LastWriteTicks, byte[] Tree)>(_added.Count, StringComparer.Ordinal);
        foreach (var (path, bytes, ticks, tree) in _added) added[path] = (bytes, ticks, tree);
        if (added.Count == 0 && reused.Count == _stored.Count) return;
        _data?.Dispose();
        try
        {
            WriteFiles(reused, added);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time: a build that cannot keep it still succeeded.
        }
    }

    private void WriteFiles(Dictionary<string, Stored> reused, Dictionary<string, (long Bytes, long LastWriteTicks, byte[] Tree)> added)
    {
        var live = reused.Sum(r => (long)r.Value.Length) + added.Sum(a => (long)a.Value.Tree.Length);
        var compact = _dataLength > 2 * live + (1 << 20);
        var index = new List<(string Path, Stored Entry)>(reused.Count + added.Count);
        var dataPath = compact ? _dataPath + ".tmp" : _dataPath;
        using (var data = new FileStream(dataPath, compact ? FileMode.Create : FileMode.OpenOrCreate, FileAccess.ReadWrite))
        {
            if (compact)
            {
                using var old = File.OpenHandle(_dataPath);
                foreach (var (path, stored) in reused.OrderBy(r => r.Value.Offset))
                {
                    var bytes = new byte[stored.Length];
                    RandomAccess.Read(old, bytes, stored.Offset);
                    index.Add((path, stored with { Offset = data.Position }));
                    data.Write(bytes);
                }
            }
            else
            {
                index.AddRange(reused.Select(r => (r.Key, r.Value)));
                data.SetLength(Math.Max(0, _dataLength));
                data.Position = data.Length;
            }
            foreach (var (path, file) in added)
            {
                index.Add((path, new Stored(file.Bytes, file.LastWriteTicks, data.Position, file.Tree.Length, XxHash64.HashToUInt64(file.Tree))));
                data.Write(file.Tree);
            }
            data.Flush(flushToDisk: false);
        }
        if (compact) File.Move(dataPath, _dataPath, overwrite: true);

        var temporary = _indexPath + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            writer.Write(Build);
            writer.Write(new FileInfo(_dataPath).Length);
            writer.Write(index.Count);
            foreach (var (path, e) in index)
            {
                writer.Write(path);
                writer.Write(e.Bytes);
                writer.Write(e.LastWriteTicks);
                writer.Write(e.Offset);
                writer.Write(e.Length);
                writer.Write(e.Checksum);
            }
        }
        File.Move(temporary, _indexPath, overwrite: true);
    }

    public void Dispose() => _data?.Dispose();
}
