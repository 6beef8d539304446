using Podium.Render;

namespace Podium.Write;

/// <summary>
/// The Write stage: renders every file in parallel into a fresh folder beside the output folder,
/// copies the static assets, and only when all of that succeeded swaps it in for the old site.
/// A failed build therefore leaves the previous site exactly as it was.
/// </summary>
public static class SiteWriter
{
    /// <summary>A file every built site has; an existing folder without it is not replaced.</summary>
    public const string MarkerFile = ".nojekyll";

    /// <returns>The number of files written.</returns>
    public static int Write(IReadOnlyList<OutputFile> files, string assetsDirectory, string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        EnsureReplaceable(output);
        var parent = Path.GetDirectoryName(output) ?? throw new OutputException($"`{outputDirectory}` has no parent folder");
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.podium-new");
        var previous = Path.Combine(parent, $".{name}.podium-old");

        DeleteIfExists(staging);
        Directory.CreateDirectory(staging);
        try
        {
            var root = staging + Path.DirectorySeparatorChar;
            Parallel.ForEach(files, file =>
            {
                var path = Path.GetFullPath(Path.Combine(staging, file.Path));
                // Paths come from validated ids; this check makes escaping the folder impossible regardless.
                if (!path.StartsWith(root, StringComparison.Ordinal))
                {
                    throw new OutputException($"refusing to write `{file.Path}` outside the output folder");
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content());
            });
            var assetCount = CopyAssets(assetsDirectory, Path.Combine(staging, "assets"));

            DeleteIfExists(previous);
            if (Directory.Exists(output)) Directory.Move(output, previous);
            Directory.Move(staging, output);
            DeleteIfExists(previous);
            return files.Count + assetCount;
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }
    }

    private static void EnsureReplaceable(string output)
    {
        if (!Directory.Exists(output)) return;
        if (Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            throw new OutputException($"refusing to replace `{output}`: it is not empty and was not built by Podium (no `{MarkerFile}`)");
        }
    }

    private static int CopyAssets(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        var count = 0;
        var files = Directory.GetFiles(from, "*", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            count++;
        }
        return count;
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}

/// <summary>The output folder could not be written or replaced.</summary>
public sealed class OutputException(string message) : Exception(message);
