using System.Text.Json;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>Fixture archives and empty sites to import them into.</summary>
internal static class ImportSites
{
    public static string Archive(string kind, string name) => Path.Combine(Repo.Root, "tests", "fixtures", "import", kind, name);

    /// <summary>A content folder holding only a minimal site.yaml.</summary>
    public static string EmptyContent(TempDirectory temp, string name = "content")
    {
        temp.Write($"{name}/site.yaml", "title: Imported\nbase_url: https://example.org/leaderboards/\n");
        return temp.Combine(name);
    }

    /// <summary>Every file under a folder, by relative path, to compare two imports byte for byte.</summary>
    public static SortedDictionary<string, string> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText), StringComparer.Ordinal);

    /// <summary>Rows in an archive, counted here independently of the importer's reader.</summary>
    public static int CountRows(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return Count(document.RootElement);

        static int Count(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Array => e.EnumerateArray().Sum(Count),
            JsonValueKind.Object => e.EnumerateObject().Sum(p =>
                p.Name == "rows" && p.Value.ValueKind == JsonValueKind.Array ? p.Value.GetArrayLength() : Count(p.Value)),
            _ => 0,
        };
    }
}
