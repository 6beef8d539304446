namespace Podium.Render;

/// <summary>
/// A file of the generated site: its path under the output folder and how to produce its bytes.
/// Content is produced on demand so the Write stage can render and write in parallel without
/// holding the whole site in memory.
/// </summary>
public sealed record OutputFile(string Path, Func<byte[]> Content)
{
    /// <summary>
    /// For files too big to hold as one array (the site's data dump is about 100 MB at full scale):
    /// writes the content to a stream. <see cref="Content"/> still works, through memory.
    /// </summary>
    public Action<Stream>? WriteTo { get; private init; }

    /// <summary>
    /// For files whose inputs can be hashed for less than producing them (pages: their views):
    /// gathers the inputs, hashes them and returns how to produce the bytes. With it an incremental
    /// build skips files whose inputs did not change; without it a file is produced and its bytes hashed.
    /// </summary>
    public Func<PreparedContent>? Prepare { get; private init; }

    public static OutputFile Streamed(string path, Action<Stream> write) => new(path, () =>
    {
        using var memory = new MemoryStream();
        write(memory);
        return memory.ToArray();
    })
    {
        WriteTo = write,
    };

    public static OutputFile Prepared(string path, Func<PreparedContent> prepare) =>
        new(path, () => prepare().Render()) { Prepare = prepare };
}
