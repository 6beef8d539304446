using Podium.Diagnostics;

namespace Podium.Cli;

/// <summary>Prints diagnostics in the format <c>validate --format</c> asks for, with paths the reader can open.</summary>
internal static class DiagnosticOutput
{
    public const string Text = "text";
    public const string GitHub = "github";
    public const string Json = "json";

    public static readonly string[] Formats = [Text, GitHub, Json];

    /// <summary>
    /// MSBuild-style lines on stderr, with paths from the current directory: a terminal and an
    /// editor open them as printed, wherever <c>--content</c> points.
    /// </summary>
    public static void WriteText(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.Error.WriteLine(diagnostic.Format(PathFromCurrentDirectory(diagnostic.File, contentDirectory)));
        }
    }

    /// <summary>
    /// GitHub workflow commands on stdout, one per diagnostic. GitHub matches an annotation to a
    /// file by its path from the repository's root, whatever folder the command ran in, so each
    /// path is made relative to the root of the git checkout that holds the content.
    /// </summary>
    public static void WriteGitHub(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory)
    {
        var root = RepositoryRoot(contentDirectory) ?? Environment.CurrentDirectory;
        foreach (var diagnostic in diagnostics)
        {
            Console.WriteLine(GitHubAnnotations.Format(diagnostic, PathFrom(root, diagnostic.File, contentDirectory)));
        }
    }

    /// <summary>One JSON document on stdout; paths from the current directory, as in the text format.</summary>
    public static void WriteJson(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory) =>
        Console.WriteLine(DiagnosticJson.Write(diagnostics, d => PathFromCurrentDirectory(d.File, contentDirectory)));

    /// <summary>
    /// Diagnostic paths start with the content folder's name (<c>content/results/x.yaml</c>); this
    /// resolves them against the folder's parent and makes them relative to the current directory.
    /// </summary>
    public static string PathFromCurrentDirectory(string diagnosticFile, string contentDirectory) =>
        PathFrom(Environment.CurrentDirectory, diagnosticFile, contentDirectory);

    private static string PathFrom(string directory, string diagnosticFile, string contentDirectory)
    {
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        var parent = Path.GetDirectoryName(content) ?? content;
        var full = Path.GetFullPath(Path.Combine(parent, diagnosticFile));
        return Path.GetRelativePath(directory, full).Replace('\\', '/');
    }

    /// <summary>
    /// The top folder of the git checkout holding <paramref name="contentDirectory"/>: the nearest
    /// folder above it with a <c>.git</c> folder, or a <c>.git</c> file as worktrees and submodules
    /// have. Null outside git, where the current directory (CI's workspace) is the best guess.
    /// </summary>
    public static string? RepositoryRoot(string contentDirectory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(contentDirectory)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
        }
        return null;
    }
}
