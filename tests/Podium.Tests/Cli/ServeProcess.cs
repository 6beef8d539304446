using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>
/// A running <c>podium serve --port 0</c>: the system picks a free port, the server binds it and
/// prints it, so no other process can take the port between choosing and binding it.
/// </summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stderr = new();

    private ServeProcess(Process process, Uri root)
    {
        _process = process;
        Root = root;
    }

    /// <summary>Where the server answers, from its "Serving on" line, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Root { get; private set; }

    [GeneratedRegex(@"^Serving on (http://127\.0\.0\.1:\d+/) ")]
    private static partial Regex ServingOn();

    /// <summary>Starts <c>serve --content <paramref name="content"/> --port 0</c> and waits for its "Serving on" line.</summary>
    public static async Task<ServeProcess> StartAsync(string content, TimeSpan patience)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Podium.Cli.dll"), "serve", "--content", content, "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        var served = new ServeProcess(process, new Uri("http://127.0.0.1/"));
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && ServingOn().Match(line) is { Success: true } match) ready.TrySetResult(new Uri(match.Groups[1].Value));
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) served._stderr.Enqueue(line); };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("serve exited before it was ready:\n" + string.Join("\n", served._stderr)));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            served.Root = await ready.Task.WaitAsync(patience);
        }
        catch
        {
            served.Dispose();
            throw;
        }
        return served;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
