namespace Podium.Cli.Serve;

/// <summary>
/// Watches folders and reports the files that changed, in batches: editors often write a file
/// in several steps (truncate, write, rename), so changes are collected until the folder has been
/// quiet for a moment. A watcher overflow reports null: everything may have changed.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<IReadOnlyCollection<string>?> _onChange;
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private HashSet<string>? _pending = new(StringComparer.Ordinal);
    private bool _overflow;

    public ChangeWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>?> onChange)
    {
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
            watcher.Error += (_, _) => { lock (_lock) _overflow = true; _timer.Change(Quiet, Timeout.InfiniteTimeSpan); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Add(string path)
    {
        lock (_lock) _pending?.Add(path);
        _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private void Flush()
    {
        HashSet<string>? batch;
        lock (_lock)
        {
            batch = _overflow ? null : _pending;
            if (!_overflow && _pending!.Count == 0) return;
            _pending = new HashSet<string>(StringComparer.Ordinal);
            _overflow = false;
        }
        _onChange(batch);
    }

    public void Dispose()
    {
        _timer.Dispose();
        _watchers.ForEach(w => w.Dispose());
    }
}
