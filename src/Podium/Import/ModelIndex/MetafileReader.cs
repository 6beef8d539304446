using Podium.Load.Yaml;
using static Podium.Import.ModelIndex.ModelIndexYaml;

namespace Podium.Import.ModelIndex;

/// <summary>
/// Reads Papers with Code model-index metafiles, the format OpenMMLab and others publish:
/// <c>Collections</c> (a family of models with its <c>Paper</c>, <c>Code</c> and <c>Metadata</c>),
/// <c>Models</c> (each <c>In Collection</c>, with <c>Results: [{Task, Dataset, Metrics}]</c>), and
/// <c>Import</c> (other metafiles, relative to this one). A model's own Paper, Code and Metadata
/// override its collection's.
/// </summary>
internal static class MetafileReader
{
    /// <summary>Files listed under <c>Import</c> more than this many levels down are not followed.</summary>
    private const int MaxImportDepth = 8;

    public static List<ModelIndexEntry> Read(string path, YamlNode root, Func<string, string> readFile)
    {
        var entries = new List<ModelIndexEntry>();
        var full = Path.GetFullPath(path);
        Read(full, root, readFile, entries, new HashSet<string>(StringComparer.Ordinal) { full }, 0);
        return entries;
    }

    private static void Read(string path, YamlNode root, Func<string, string> readFile, List<ModelIndexEntry> entries, HashSet<string> seen, int depth)
    {
        var name = Path.GetFileName(path);
        var map = root as YamlMapping;
        var collections = Items(map?["Collections"]).OfType<YamlMapping>()
            .Where(c => Text(c, "Name") is not null)
            .GroupBy(c => Text(c, "Name")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A metafile may also be a bare list of models.
        var models = root is YamlSequence bare ? bare.Items : Items(map?["Models"]);
        foreach (var model in models.OfType<YamlMapping>())
        {
            var collection = Text(model, "In Collection") is { } c ? collections.GetValueOrDefault(c) : null;
            entries.AddRange(Model(name, model, collection));
        }

        foreach (var import in Items(map?["Import"]).Select(Text).OfType<string>())
        {
            var folder = Path.GetDirectoryName(path)!;
            var target = Path.GetFullPath(Path.Combine(folder, import));
            // A downloaded index names files beside or below itself; it cannot send the import elsewhere.
            if (!target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || ThroughLink(folder, target))
            {
                throw new ImportException($"{name}: imported file `{import}` is outside the folder of {name}");
            }
            if (depth + 1 > MaxImportDepth) throw new ImportException($"{name}: `Import` goes more than {MaxImportDepth} files deep at `{import}`");
            if (!seen.Add(target)) continue;
            if (!File.Exists(target)) throw new ImportException($"{name}: imported file `{import}` does not exist");
            Read(target, Parse(Path.GetFileName(target), readFile(target)), readFile, entries, seen, depth + 1);
        }
    }

    /// <summary>True when the path from <paramref name="folder"/> to <paramref name="target"/> passes a symbolic link, which could lead anywhere.</summary>
    private static bool ThroughLink(string folder, string target)
    {
        for (var path = target; path.Length > folder.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.Exists && info.LinkTarget is not null) return true;
        }
        return false;
    }

    private static IEnumerable<ModelIndexEntry> Model(string file, YamlMapping model, YamlMapping? collection)
    {
        var metadata = model["Metadata"] as YamlMapping;
        var inherited = collection?["Metadata"] as YamlMapping;
        var paper = Paper(model["Paper"]) ?? Paper(collection?["Paper"]);
        var code = Link(model["Code"]) ?? Link(collection?["Code"]);
        var trainingData = Texts(metadata?["Training Data"]) is { Count: > 0 } own ? own : Texts(inherited?["Training Data"]);
        foreach (var result in Items(model["Results"]).OfType<YamlMapping>())
        {
            var metrics = (result["Metrics"] as YamlMapping)?.Entries.Select(e => (e.Key.Value, Text(e.Value))).ToList() ?? [];
            yield return new ModelIndexEntry(Where(file, result), Text(model, "Name"), Text(result, "Task"),
                Text(result, "Dataset") is { } dataset ? [dataset] : [], metrics, paper, code, Text(model, "Weights"),
                trainingData, Text(metadata, "Parameters"), Text(metadata, "FLOPs"), null, null);
        }
    }

    /// <summary><c>Paper</c> is either a mapping with <c>Title</c> and <c>URL</c> or just a link.</summary>
    private static ModelIndexPaper? Paper(YamlNode? node) => node switch
    {
        YamlMapping m when Text(m, "Title") is not null || Text(m, "URL") is not null => new ModelIndexPaper(Text(m, "Title"), Text(m, "URL")),
        YamlScalar when Text(node) is { } url => new ModelIndexPaper(null, url),
        _ => null,
    };

    private static string? Link(YamlNode? node) => node is YamlMapping m ? Text(m, "URL") : Text(node);
}
