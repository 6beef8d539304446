using System.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>Runs the built command line as a separate process, as a user or CI does.</summary>
public static class CliRunner
{
    /// <summary>How long a command may run before it is killed and the test fails: far more than any command here needs.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <param name="workingDirectory">Where the command runs; the repository root by default.</param>
    public static (int ExitCode, string Stdout, string Stderr) Run(string? workingDirectory, params string[] args) =>
        Run(DefaultTimeout, workingDirectory, args);

    /// <summary>Runs the command; one still running after <paramref name="timeout"/> is killed (with its children) and throws <see cref="TimeoutException"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(TimeSpan timeout, string? workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Podium.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        // No command reads standard input; closing it makes one that would wait for it end instead.
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`podium {string.Join(' ', args)}` still ran after {timeout.TotalSeconds:0} s and was killed.\nstdout:\n{stdout.Result}\nstderr:\n{stderr.Result}");
        }
        process.WaitForExit(); // the output readers finish
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
