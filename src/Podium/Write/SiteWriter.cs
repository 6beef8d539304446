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

    public static WriteStats Write(IReadOnlyList<OutputFile> files, string assetsDirectory, string outputDirectory, IBuildProgress? progress = null)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        EnsureReplaceable(output);
        var parent = Path.GetDirectoryName(output) ?? throw new OutputException($"`{outputDirectory}` has no parent folder");
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.podium-new");

        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        try
        {
            var all = files.Concat(AssetFiles(assetsDirectory)).ToList();
            var changed = new bool[all.Count];
            var done = 0;
            Parallel.For(0, all.Count, i =>
            {
                var file = all[i];
                var bytes = file.Content();
                if (!SameBytes(Inside(output, file.Path), bytes))
                {
                    changed[i] = true;
                    var path = Inside(staging, file.Path);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, bytes);
                }
                var count = Interlocked.Increment(ref done);
                if (count % ProgressStep == 0) progress?.Advanced("write", count, all.Count);
            });
            return Commit(all, changed, staging, output);
        }
        finally
        {
            DeleteIfExists(staging);
        }
    }

    /// <summary>Moves new and changed files into the output folder and removes files the site no longer has.</summary>
    private static WriteStats Commit(List<OutputFile> files, bool[] changed, string staging, string output)
    {
        var written = changed.Count(c => c);
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return new WriteStats(written, 0, 0);
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (!changed[i]) continue;
            var target = Inside(output, files[i].Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Inside(staging, files[i].Path), target, overwrite: true);
        }

        var keep = new HashSet<string>(files.Select(f => Inside(output, f.Path)), StringComparer.Ordinal);
        var deleted = 0;
        foreach (var existing in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList())
        {
            if (keep.Contains(existing)) continue;
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

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static IEnumerable<OutputFile> AssetFiles(string assetsDirectory)
    {
        if (!Directory.Exists(assetsDirectory)) return [];
        var paths = Directory.GetFiles(assetsDirectory, "*", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        return paths.Select(p => new OutputFile(Path.Combine("assets", Path.GetRelativePath(assetsDirectory, p)), () => File.ReadAllBytes(p)));
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
    public int Total => Written + Unchanged;
}

/// <summary>The output folder could not be written or replaced.</summary>
public sealed class OutputException(string message) : Exception(message);
