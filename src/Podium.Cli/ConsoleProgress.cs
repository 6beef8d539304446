using System.Globalization;

namespace Podium.Cli;

/// <summary>
/// Shows build progress on stderr: one line rewritten in place on a terminal, plain log lines
/// when stderr is redirected (CI logs keep every line and no carriage returns).
/// </summary>
internal sealed class ConsoleProgress : IBuildProgress
{
    private readonly bool _interactive = !Console.IsErrorRedirected;
    private readonly Lock _lock = new();

    public void StageStarted(string stage)
    {
        lock (_lock)
        {
            if (_interactive) Console.Error.Write($"\r{stage}…\u001b[K");
        }
    }

    public void Advanced(string stage, int done, int total)
    {
        lock (_lock)
        {
            var line = $"{stage} {done.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)}";
            if (_interactive) Console.Error.Write($"\r{line}\u001b[K");
            else Console.Error.WriteLine(line);
        }
    }

    public void StageFinished(string stage, TimeSpan elapsed)
    {
        lock (_lock)
        {
            var line = $"{stage,-13}{elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture),7} ms";
            if (_interactive) Console.Error.Write($"\r\u001b[K{line}\n");
            else Console.Error.WriteLine(line);
        }
    }
}
