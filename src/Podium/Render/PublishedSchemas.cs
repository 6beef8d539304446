namespace Podium.Render;

/// <summary>
/// The JSON Schemas of the content format (<c>schemas/*.schema.json</c> beside the content folder),
/// published with the site under <c>schemas/</c> so editors and tools outside the repository can use them.
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
        return files.Select(f => new OutputFile("schemas/" + Path.GetFileName(f), () => File.ReadAllBytes(f)));
    }
}
