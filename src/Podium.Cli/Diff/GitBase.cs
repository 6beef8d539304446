using System.Diagnostics;
using System.Formats.Tar;

namespace Podium.Cli.Diff;

/// <summary>Copies a content folder as it was at a git revision into a folder of its own, using the git command line.</summary>
internal static class GitBase
{
    /// <summary>
    /// Extracts <paramref name="contentDirectory"/> at <paramref name="revision"/> under
    /// <paramref name="destination"/> and returns the extracted folder, which keeps the content
    /// folder's name so diagnostics read the same as for the working tree.
    /// </summary>
    /// <exception cref="GitException">Not a repository, unknown revision, or no such folder at it.</exception>
    public static string Extract(string contentDirectory, string revision, string destination)
    {
        // A revision starting with "-" would be read as an option by git.
        if (revision.Length == 0 || revision.StartsWith('-')) throw new GitException($"`{revision}` is not a git revision");
        var content = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentDirectory));
        if (!Directory.Exists(content)) throw new GitException($"content folder `{contentDirectory}` does not exist");

        var top = Run(content, "rev-parse", "--show-toplevel").Trim();
        if (top.Length == 0) throw new GitException($"`{contentDirectory}` is not inside a git repository");
        var relative = Path.GetRelativePath(top, content).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal)) throw new GitException($"`{contentDirectory}` is not inside the repository at {top}");

        string commit;
        try
        {
            commit = Run(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}").Trim();
            Run(top, "cat-file", "-e", $"{commit}:{(relative == "." ? "" : relative)}");
        }
        catch (GitException)
        {
            throw new GitException($"`{revision}` is not a commit of the repository at {top}, or `{relative}` does not exist in it");
        }

        // git archive writes the tree as a tar stream; it is unpacked in-process (no tar needed),
        // and TarFile refuses entries that would land outside the destination.
        // Note: paths marked export-ignore in .gitattributes are left out by git archive.
        Directory.CreateDirectory(destination);
        var start = Start(top, "archive", "--format=tar", commit, "--", relative);
        using var process = Process.Start(start) ?? throw new GitException("git could not be started");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            TarFile.ExtractToDirectory(process.StandardOutput.BaseStream, destination, overwriteFiles: false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            process.WaitForExit();
            throw new GitException($"git archive failed: {errors.Result.Trim()} {ex.Message}".Trim());
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new GitException($"git archive failed: {errors.Result.Trim()}");
        return relative == "." ? destination : Path.Combine(destination, relative);
    }

    /// <summary>Runs git and returns its output; a failure becomes a <see cref="GitException"/> with git's message.</summary>
    private static string Run(string directory, params string[] args)
    {
        using var process = Process.Start(Start(directory, args)) ?? throw new GitException("git could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var message = errors.Result.Trim();
            throw new GitException(message.Length > 0 ? $"git {args[0]}: {message}" : $"git {string.Join(' ', args)} failed");
        }
        return output.Result;
    }

    private static ProcessStartInfo Start(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }
}

/// <summary>Git could not provide the base content; the message says why.</summary>
internal sealed class GitException(string message) : Exception(message);
