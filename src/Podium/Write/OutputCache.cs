using System.Text;

namespace Podium.Write;

/// <summary>
/// The facts an incremental build keeps from the last one: per output file, the fingerprint of
/// what produced it and the size and date it was left with. A file whose fingerprint is the same
/// and which nobody touched since is not rendered again. The cache lives beside the output folder
/// (<c>.&lt;name&gt;.podium-cache</c>) and belongs to one <see cref="SharedInputs"/> key: a change
/// of Podium, of any file under templates/, of the base URL or the language drops all of it. A
/// missing, unreadable or older-format cache is an empty one: the build is then a clean build.
/// </summary>
public sealed class OutputCache
{
    private const string Magic = "podium-output-cache";
    private const int Format = 1;

    private readonly Dictionary<string, CachedOutput> _files;

    private OutputCache(UInt128 key, Dictionary<string, CachedOutput> files)
    {
        Key = key;
        _files = files;
    }

    /// <summary>The hash of what every file shares; entries are only trusted under the same key.</summary>
    public UInt128 Key { get; }

    public int Count => _files.Count;

    public static OutputCache Empty(UInt128 key) => new(key, new Dictionary<string, CachedOutput>(StringComparer.Ordinal));

    /// <summary>Where the cache of <paramref name="outputDirectory"/> lives: beside it, hidden.</summary>
    public static string PathFor(string outputDirectory) => BesideOutput.Path(outputDirectory, "cache");

    /// <summary>The entry of a site path (forward slashes), if the last build left one.</summary>
    public bool TryGet(string sitePath, out CachedOutput entry) => _files.TryGetValue(sitePath, out entry);

    /// <summary>Reads the cache at <paramref name="path"/>; empty when it is missing, damaged, of another format or of another key.</summary>
    public static OutputCache Read(string path, UInt128 key)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Format || ReadHash(reader) != key) return Empty(key);
            var count = reader.ReadInt32();
            if (count < 0) return Empty(key);
            var files = new Dictionary<string, CachedOutput>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                files[reader.ReadString()] = new CachedOutput(ReadHash(reader), reader.ReadInt64(), reader.ReadInt64());
            }
            return reader.BaseStream.Position == reader.BaseStream.Length ? new OutputCache(key, files) : Empty(key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            // Includes a missing file and a truncated one (EndOfStreamException is an IOException).
            return Empty(key);
        }
    }

    /// <summary>Writes the entries to <paramref name="path"/> through a temporary file, so a crash never leaves half a cache.</summary>
    public static void Write(string path, UInt128 key, IEnumerable<(string SitePath, CachedOutput Entry)> files)
    {
        var list = files.ToList();
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(Format);
            WriteHash(writer, key);
            writer.Write(list.Count);
            foreach (var (sitePath, entry) in list)
            {
                writer.Write(sitePath);
                WriteHash(writer, entry.Fingerprint);
                writer.Write(entry.Bytes);
                writer.Write(entry.LastWriteTicks);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes the cache: done before the output folder changes, so an interrupted commit cannot leave facts that no longer hold.</summary>
    public static void Delete(string path)
    {
        if (File.Exists(path)) File.Delete(path);
    }

    private static UInt128 ReadHash(BinaryReader reader)
    {
        var low = reader.ReadUInt64();
        return new UInt128(reader.ReadUInt64(), low);
    }

    private static void WriteHash(BinaryWriter writer, UInt128 value)
    {
        writer.Write((ulong)value);
        writer.Write((ulong)(value >> 64));
    }
}
