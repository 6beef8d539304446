using Podium.Render.Templates;

namespace Podium.Render;

/// <summary>
/// The JSON Schemas of the content format (<c>schemas/*.schema.json</c> beside the content folder),
/// published with the site under <c>schemas/</c> so editors and tools outside the repository can use them.
/// Symbolic links are refused.
/// </summary>
public static class PublishedSchemas
{
    public static IEnumerable<OutputFile> Files(string contentDirectory)
    {
        var root = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory)));
        var folder = root is null ? null : Path.Combine(root, "schemas");
        if (folder is null || !Directory.Exists(folder)) return [];
        var files = Directory.GetFiles(folder, "*.schema.json");
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (IsLink(file, folder)) throw new TemplateException("../schemas/" + Path.GetFileName(file), "symbolic links are not published; copy the schema into schemas/ instead");
        }
        return files.Select(f => new OutputFile("schemas/" + Path.GetFileName(f), () => File.ReadAllBytes(f)));
    }

    /// <summary>True when the file, or a folder between it and <paramref name="root"/>, is a symbolic link.</summary>
    internal static bool IsLink(string path, string root)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        for (var current = Path.GetFullPath(path); current.Length > top.Length; current = Path.GetDirectoryName(current)!)
        {
            if (new FileInfo(current).LinkTarget is not null) return true;
        }
        return new DirectoryInfo(top).LinkTarget is not null;
    }
}
