using Podium.Render.Templates;
using Podium.Write;

namespace Podium.Render;

/// <summary>
/// The stylesheet, script and images of <c>templates/assets/</c>, published under <c>assets/</c>
/// (CSS and JS compacted on the way; <c>podium.js</c> after the UI strings it needs, see
/// <see cref="ScriptStrings"/>). Symbolic links are refused, as under <c>content/</c>: a link
/// could publish any file of the machine that builds the site.
/// </summary>
public static class PublishedAssets
{
    public const string Folder = "assets";

    public static IEnumerable<OutputFile> Files(string templatesDirectory, UiStrings strings)
    {
        var folder = Path.Combine(templatesDirectory, Folder);
        if (!Directory.Exists(folder)) return [];
        var paths = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Array.Sort(paths, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (PublishedSchemas.IsLink(path, folder))
            {
                throw new TemplateException(Path.GetRelativePath(templatesDirectory, path).Replace('\\', '/'), "symbolic links are not published; copy the file into templates/assets/ instead");
            }
        }
        return paths.Select(p => (Path: p, Name: Path.GetRelativePath(folder, p))).Select(a => new OutputFile(Path.Combine(Folder, a.Name), () =>
            a.Name == ScriptStrings.Script
                ? [.. ScriptStrings.Prefix(strings), .. AssetCompactor.Compact(a.Path, File.ReadAllBytes(a.Path))]
                : AssetCompactor.Compact(a.Path, File.ReadAllBytes(a.Path))));
    }
}
