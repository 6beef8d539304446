namespace Podium.Tests.Support;

/// <summary>
/// Where the tools the browser and validity tests need live: Debian's Chromium and the npm
/// packages from package.json. On a developer's machine without them those tests skip with a
/// message saying what to install; in CI (<c>CI=true</c>, set by <c>.ci/run</c>) they never skip,
/// so a missing tool fails the run instead of hiding it.
/// </summary>
public static class ExternalTools
{
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("PODIUM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool InCi { get; } = Environment.GetEnvironmentVariable("CI") is "true" or "1";

    public static string NodeModules => Path.Combine(Repo.Root, "node_modules");

    public static string AxeScript => Path.Combine(NodeModules, "axe-core", "axe.min.js");

    public static string HtmlValidate => Path.Combine(NodeModules, "html-validate", "bin", "html-validate.mjs");

    public static string? MissingChromium =>
        File.Exists(ChromiumPath) ? null : $"Chromium not found at {ChromiumPath}: install it with `apt-get install chromium` (or set PODIUM_CHROMIUM)";

    public static string? MissingNodeModules =>
        File.Exists(AxeScript) && File.Exists(HtmlValidate) ? null : "npm packages missing: run `npm ci` in the repository root";

    /// <summary>Folder for files people look at after a run: screenshots and the CI report.</summary>
    public static string OutputFolder(string name)
    {
        var path = Path.Combine(Repo.Root, "test-output", name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes one line of the CI report (<c>test-output/report/&lt;name&gt;.txt</c>; <c>.ci/run</c> prints them all).</summary>
    public static void Report(string name, string line) => File.WriteAllText(Path.Combine(OutputFolder("report"), name + ".txt"), line + "\n");
}

/// <summary>A test that needs Chromium: skipped with a clear message when it is missing, except in CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (ExternalTools.InCi) return;
        var missing = ExternalTools.MissingChromium ?? ExternalTools.MissingNodeModules;
        if (missing is not null) Skip = missing;
    }
}

/// <summary>A theory that needs Chromium, skipped like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (ExternalTools.InCi) return;
        var missing = ExternalTools.MissingChromium ?? ExternalTools.MissingNodeModules;
        if (missing is not null) Skip = missing;
    }
}

/// <summary>A test that needs Node and the npm packages: skipped with a clear message when they are missing, except in CI.</summary>
public sealed class NodeFactAttribute : FactAttribute
{
    public NodeFactAttribute()
    {
        if (!ExternalTools.InCi && ExternalTools.MissingNodeModules is { } missing) Skip = missing;
    }
}
