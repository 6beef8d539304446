using System.CommandLine;
using System.ComponentModel;
using Podium.Diff;

namespace Podium.Cli.Diff;

/// <summary>
/// <c>diff</c>: gathers the content before and after a change (two folders, or a git revision and
/// the working tree) and prints the library's Markdown report of what readers will see change.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(Option<string> content)
    {
        var before = new Argument<string?>("before") { Description = "Content folder before the change", Arity = ArgumentArity.ZeroOrOne };
        var after = new Argument<string?>("after") { Description = "Content folder after the change", Arity = ArgumentArity.ZeroOrOne };
        var baseRevision = new Option<string?>("--base") { Description = "Git revision to compare --content with, e.g. origin/main" };
        var command = new Command("diff", "Print a Markdown report of what a change does to the site, as readers will see it")
        {
            before, after, baseRevision, content,
        };
        command.Validators.Add(result =>
        {
            var folders = (result.GetValue(before) is null ? 0 : 1) + (result.GetValue(after) is null ? 0 : 1);
            var hasBase = result.GetValue(baseRevision) is not null;
            if (hasBase && folders > 0) result.AddError("give either --base <revision> or two content folders, not both");
            else if (!hasBase && folders != 2) result.AddError("give --base <revision>, or the content folders before and after the change");
        });
        command.SetAction(parsed =>
        {
            if (parsed.GetValue(baseRevision) is { } revision)
            {
                return WithBase(parsed.GetValue(content)!, revision);
            }
            return Print(ContentDiff.Compare(parsed.GetValue(before)!, parsed.GetValue(after)!));
        });
        return command;
    }

    private static int WithBase(string content, string revision)
    {
        var temp = Path.Combine(Path.GetTempPath(), "podium-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            string old;
            try
            {
                old = GitBase.Extract(content, revision, temp);
            }
            catch (Exception ex) when (ex is GitException or Win32Exception)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return 2;
            }
            return Print(ContentDiff.Compare(old, content));
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The report on stdout (for a pull request comment); errors in the change also on stderr, exit 1.</summary>
    private static int Print(ContentDiff diff)
    {
        Console.Write(diff.Markdown);
        if (diff.Succeeded) return 0;
        foreach (var diagnostic in diff.Diagnostics) Console.Error.WriteLine(diagnostic);
        return 1;
    }
}
