using Podium.Diagnostics;

namespace Podium.Cli;

/// <summary>Prints validation diagnostics in the format <c>validate --format</c> asks for.</summary>
internal static class DiagnosticOutput
{
    public const string Text = "text";
    public const string GitHub = "github";
    public const string Json = "json";

    public static readonly string[] Formats = [Text, GitHub, Json];

    /// <summary>
    /// GitHub workflow commands on stdout, one per diagnostic, the count on stderr. GitHub matches
    /// an annotation to a file by its path from the checkout's root, where CI runs the command,
    /// so each path is made relative to the current directory.
    /// </summary>
    public static void WriteGitHub(IReadOnlyList<Diagnostic> diagnostics, string contentDirectory)
    {
        foreach (var diagnostic in diagnostics)
        {
            Console.WriteLine(GitHubAnnotations.Format(diagnostic, PathFromCurrentDirectory(diagnostic.File, contentDirectory)));
        }
    }

    public static void WriteJson(IReadOnlyList<Diagnostic> diagnostics) => Console.WriteLine(DiagnosticJson.Write(diagnostics));

    /// <summary>
    /// Diagnostic paths start with the content folder's name (<c>content/results/x.yaml</c>); this
    /// resolves them against the folder's parent and makes them relative to the current directory.
    /// </summary>
    public static string PathFromCurrentDirectory(string diagnosticFile, string contentDirectory)
    {
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        var parent = Path.GetDirectoryName(content) ?? content;
        var full = Path.GetFullPath(Path.Combine(parent, diagnosticFile));
        return Path.GetRelativePath(Environment.CurrentDirectory, full).Replace('\\', '/');
    }
}
