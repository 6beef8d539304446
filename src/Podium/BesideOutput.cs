namespace Podium;

/// <summary>
/// Where a build keeps its own files next to the output folder, hidden and named after it: for
/// <c>site/</c>, <c>.site.podium-new</c> (the staging folder), <c>.site.podium-cache</c> and
/// <c>.site.podium-parsed</c>. Outside the output so nothing of them is published.
/// </summary>
internal static class BesideOutput
{
    public static string Path(string outputDirectory, string suffix)
    {
        var output = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(outputDirectory));
        var parent = System.IO.Path.GetDirectoryName(output) ?? throw new Write.OutputException($"`{outputDirectory}` has no parent folder");
        return System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.podium-{suffix}");
    }
}
