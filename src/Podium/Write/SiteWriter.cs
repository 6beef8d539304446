using Podium.Render;

namespace Podium.Write;

/// <summary>
/// The Write stage. Renders every file in parallel and compares it with the file already in the
/// output folder: identical files are left alone (their dates too, so deploys and live reload see
/// only real changes); new and changed files go to a staging folder beside the output. Only when
/// every file rendered does the commit step move them in and delete files the site no longer has.
/// A failed build therefore changes nothing in the previous site.
/// </summary>
public static class SiteWriter
{
    /// <summary>A file every built site has; an existing folder without it is not replaced.</summary>
    public const string MarkerFile = ".nojekyll";

    private const int ProgressStep = 2_000;

    /// <param name="cache">
    /// The last build's facts (<see cref="OutputCache"/>): a file whose fingerprint and date did not
    /// change is not rendered again. The cache is removed before the output folder changes and
    /// written again, with this build's facts, once every file is in place.
    /// </param>
    public static WriteStats Write(IReadOnlyList<OutputFile> files, string outputDirectory, OutputCache cache, IBuildProgress? progress = null, long? maxBytes = null)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        EnsureReplaceable(output);
        // Into a folder that does not exist yet no file needs comparing: 191,000 fewer file lookups at Papers with Code's scale.
        var fresh = !Directory.Exists(output);
        var staging = BesideOutput.Path(output, "new");

        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        try
        {
            var all = files;
            var staged = new StagedFile[all.Count];
            var done = 0;
            var clock = new RenderWriteClock();
            var folders = new StagingFolders();
            Parallel.For(0, all.Count, i =>
            {
                staged[i] = Stage(all[i], output, staging, cache, clock, fresh, folders);
                var count = Interlocked.Increment(ref done);
                if (count % ProgressStep == 0) progress?.Advanced("render+write", count, all.Count);
            });
            var sized = all.Select((f, i) => (SitePath(f), staged[i].Bytes)).ToList();
            // The limit is checked before anything moves in, so a site over it leaves the old one as it was.
            if (maxBytes is { } max && sized.Sum(f => f.Item2) is var total && total > max)
            {
                throw new SiteTooLargeException(SiteSize.Of(sized), max);
            }
            var cachePath = OutputCache.PathFor(output);
            OutputCache.Delete(cachePath);
            var stats = Commit(all, staged, staging, output);
            OutputCache.Write(cachePath, cache.Key, all.Select((f, i) => (SitePath(f), staged[i].Entry))
                .Where(e => e.Entry is not null).Select(e => (e.Item1, e.Entry!.Value)));
            return stats with { Rendering = clock.Rendering, Writing = clock.Writing, Sizes = sized, Skipped = staged.Count(s => s.Skipped) };
        }
        finally
        {
            DeleteIfExists(staging);
        }
    }

    /// <summary>What staging one file did.</summary>
    /// <param name="Changed">True when the file went to the staging folder (new or changed).</param>
    /// <param name="Skipped">True when the cache showed its inputs unchanged and it was not rendered.</param>
    /// <param name="Entry">What the next build's cache keeps of it; null for files the cache does not track.</param>
    private readonly record struct StagedFile(bool Changed, long Bytes, bool Skipped, CachedOutput? Entry);

    /// <summary>
    /// Writes a file to the staging folder unless the output already holds the same bytes. With a
    /// cache, a file whose inputs hash as last time, and which still has the size and date the last
    /// build left, is not rendered at all; a file rendered whole is compared by its hash, not by reading the old file.
    /// </summary>
    /// <param name="fresh">The output folder did not exist: there is nothing to compare with.</param>
    /// <param name="folders">The folders made in the staging folder so far (it starts empty).</param>
    private static StagedFile Stage(OutputFile file, string output, string staging, OutputCache cache, RenderWriteClock clock, bool fresh, StagingFolders folders)
    {
        var existing = Inside(output, file.Path);
        var staged = Inside(staging, file.Path);
        if (file.WriteTo is { } write)
        {
            // Streamed files go to disk first and are compared there, never held in memory whole.
            folders.Ensure(Path.GetDirectoryName(staged)!);
            var start = clock.Start();
            using (var stream = new FileStream(staged, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }
            start = clock.Rendered(start);
            var differs = fresh || !SameFiles(existing, staged);
            var length = new FileInfo(staged).Length;
            if (!differs) File.Delete(staged);
            clock.Written(start);
            return new StagedFile(differs, length, false, null);
        }

        var began = clock.Start();
        var previous = default(CachedOutput);
        var known = !fresh && cache.TryGet(SitePath(file), out previous);
        byte[] bytes;
        UInt128? fingerprint = null;
        if (file.Prepare is { } prepare)
        {
            var prepared = prepare();
            fingerprint = prepared.Fingerprint;
            if (known && previous.Fingerprint == prepared.Fingerprint && previous.Matches(new FileInfo(existing)))
            {
                clock.Rendered(began);
                return new StagedFile(false, previous.Bytes, true, previous);
            }
            bytes = prepared.Render();
        }
        else
        {
            bytes = file.Content();
        }
        began = clock.Rendered(began);
        try
        {
            var hash = fingerprint ?? Fingerprint.OfBytes(bytes);
            if (!fresh)
            {
                var info = new FileInfo(existing);
                // A file produced whole is known unchanged by its hash: the old file need not be read.
                if ((fingerprint is null && known && previous.Fingerprint == hash && previous.Matches(info)) || SameBytes(info, bytes))
                {
                    return new StagedFile(false, bytes.Length, false, CachedOutput.Of(hash, info));
                }
            }
            folders.Ensure(Path.GetDirectoryName(staged)!);
            // Moving the file into the output keeps its date, so this is the date the next build finds.
            var written = WriteNew(staged, bytes);
            return new StagedFile(true, bytes.Length, false, new CachedOutput(hash, bytes.Length, written.Ticks));
        }
        finally
        {
            clock.Written(began);
        }
    }

    /// <summary>
    /// Writes a file that does not exist yet (the staging folder starts empty) and returns its
    /// last write time (UTC), read from the open file: one open, one write, one status, one close,
    /// where <see cref="File.WriteAllBytes(string, byte[])"/> also asks the file system's type and
    /// preallocates, and a status by path looks the file up again, for each of 190,000 files.
    /// </summary>
    private static DateTime WriteNew(string path, byte[] bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
        return File.GetLastWriteTimeUtc(handle);
    }

    private static string SitePath(OutputFile file) => file.Path.Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Moves new and changed files into the output folder and removes files the site no longer has.</summary>
    private static WriteStats Commit(IReadOnlyList<OutputFile> files, StagedFile[] staged, string staging, string output)
    {
        var written = staged.Count(c => c.Changed);
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return new WriteStats(written, 0, 0);
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (!staged[i].Changed) continue;
            var target = Inside(output, files[i].Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Inside(staging, files[i].Path), target, overwrite: true);
        }

        var keep = new HashSet<string>(files.Select(f => Inside(output, f.Path)), StringComparer.Ordinal);
        // The search index belongs to the Search stage, which rewrites it after every build.
        var searchIndex = Path.Combine(output, Search.PagefindIndexer.OutputFolder) + Path.DirectorySeparatorChar;
        var deleted = 0;
        foreach (var existing in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList())
        {
            if (keep.Contains(existing) || existing.StartsWith(searchIndex, StringComparison.Ordinal)) continue;
            File.Delete(existing);
            deleted++;
        }
        if (deleted > 0) DeleteEmptyFolders(output); // only removing files can empty a folder
        return new WriteStats(written, files.Count - written, deleted);
    }

    /// <summary>The absolute path of a site file; paths come from validated ids, and this check makes escaping the folder impossible regardless.</summary>
    private static string Inside(string root, string relative)
    {
        var path = Path.GetFullPath(Path.Combine(root, relative));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new OutputException($"refusing to write `{relative}` outside the output folder");
        }
        return path;
    }

    private static bool SameBytes(FileInfo info, byte[] bytes)
    {
        if (!info.Exists || info.Length != bytes.Length) return false;
        using var stream = new FileStream(info.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return SameContent(stream, bytes);
    }

    private static bool SameFiles(string existing, string staged)
    {
        var info = new FileInfo(existing);
        if (!info.Exists || info.Length != new FileInfo(staged).Length) return false;
        using var a = new FileStream(existing, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var b = new FileStream(staged, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = b.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false)) > 0)
        {
            if (!SameContent(a, chunk.AsSpan(0, read))) return false;
        }
        return true;
    }

    /// <summary>Reads the next <c>expected.Length</c> bytes of <paramref name="stream"/> in chunks and compares them; big files never become one array.</summary>
    private static bool SameContent(Stream stream, ReadOnlySpan<byte> expected)
    {
        Span<byte> chunk = stackalloc byte[8192];
        while (!expected.IsEmpty)
        {
            var read = stream.ReadAtLeast(chunk[..Math.Min(chunk.Length, expected.Length)], 1, throwOnEndOfStream: false);
            if (read == 0 || !chunk[..read].SequenceEqual(expected[..read])) return false;
            expected = expected[read..];
        }
        return true;
    }

    private static void EnsureReplaceable(string output)
    {
        if (!Directory.Exists(output)) return;
        if (Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new OutputException($"refusing to replace `{output}`: it is not empty and was not built by Podium (no `{MarkerFile}`)");
        }
    }

    private static void DeleteEmptyFolders(string root)
    {
        foreach (var folder in Directory.GetDirectories(root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}

/// <summary>What a write did: files written (new or changed), left as they were, and removed.</summary>
public sealed record WriteStats(int Written, int Unchanged, int Deleted)
{
    /// <summary>Time spent producing files (templates, charts, exports), summed over the threads that did it.</summary>
    public TimeSpan Rendering { get; init; }

    /// <summary>Time spent comparing files with the output and writing them, summed over threads.</summary>
    public TimeSpan Writing { get; init; }

    /// <summary>Every file of the site (path with forward slashes) and its size in bytes.</summary>
    public IReadOnlyList<(string Path, long Bytes)> Sizes { get; init; } = [];

    /// <summary>Files not rendered at all: the cache showed their inputs and the file on disk unchanged (counted in <see cref="Unchanged"/>).</summary>
    public int Skipped { get; init; }

    public int Total => Written + Unchanged;
}

/// <summary>The output folder could not be written or replaced.</summary>
public class OutputException(string message) : Exception(message);

/// <summary>The site is over <c>--max-size</c>; nothing was written.</summary>
public sealed class SiteTooLargeException(SiteSize size, long limit)
    : OutputException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"the site is {SiteSize.Format(size.Bytes)} in {size.Files:N0} files, over --max-size {SiteSize.Format(limit)}; nothing was written"))
{
    public SiteSize Size { get; } = size;
}
