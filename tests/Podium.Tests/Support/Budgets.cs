using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Podium.Tests.Support;

/// <summary>
/// Time limits that hold on a busy 2-core machine running the suite in parallel. Wall-clock time
/// there measures the neighbours as much as the code, so: single-threaded work is measured in the
/// CPU time of its own thread, and whole builds (which use every core) get a hang guard, generous
/// enough never to trip on a slow machine and still fail a test that would otherwise never end.
/// </summary>
public static partial class Budgets
{
    /// <summary>How long a build of a small site may run before it counts as hung.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(90);

    /// <summary>CPU time the calling thread has used: unaffected by other tests waiting for a core.</summary>
    public static TimeSpan ThreadCpuTime()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetElapsedTime(0); // elsewhere: wall clock since boot
        const int ClockThreadCpuTimeId = 3;
        if (clock_gettime(ClockThreadCpuTimeId, out var time) != 0) throw new InvalidOperationException("clock_gettime failed");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    /// <summary>Runs <paramref name="work"/> and returns its result and the CPU time its thread used.</summary>
    public static (T Result, TimeSpan Cpu) OnThisThread<T>(Func<T> work)
    {
        var before = ThreadCpuTime();
        var result = work();
        return (result, ThreadCpuTime() - before);
    }

    /// <summary>
    /// Runs <paramref name="work"/> on its own thread and fails the test if it has not ended after
    /// <paramref name="limit"/> (the thread is left behind; the test run goes on).
    /// </summary>
    public static T WithinHangGuard<T>(TimeSpan limit, string what, Func<T> work)
    {
        var task = Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!task.Wait(limit)) throw new TimeoutException($"{what} still ran after {limit.TotalSeconds:0} s: it hangs");
        return task.Result;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // DllImport keeps this free of unsafe code; it is called a few times per test
    private static extern int clock_gettime(int clockId, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
