namespace Podium.Tests.Support;

/// <summary>Paths inside the repository, found from the test assembly's location.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");

    public static string Fixture(string kind, string name) => Path.Combine(Root, "tests", "fixtures", kind, name);

    public static IEnumerable<string> FixtureNames(string kind) =>
        Directory.GetDirectories(Path.Combine(Root, "tests", "fixtures", kind)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Podium.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root (Podium.slnx) not found above " + AppContext.BaseDirectory);
    }
}
