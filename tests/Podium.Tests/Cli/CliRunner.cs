using System.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>Runs the built command line as a separate process, as a user or CI does.</summary>
public static class CliRunner
{
    /// <param name="workingDirectory">Where the command runs; the repository root by default.</param>
    public static (int ExitCode, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Podium.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Copies a content folder (e.g. a fixture's) to <paramref name="destination"/>.</summary>
    public static void CopyFolder(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>Lines of a command's output, without the final line break.</summary>
    public static string[] Lines(string output) => output.Length == 0 ? [] : output.TrimEnd('\n').Split('\n');
}
