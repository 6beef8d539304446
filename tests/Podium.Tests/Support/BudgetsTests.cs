namespace Podium.Tests.Support;

public sealed class BudgetsTests
{
    [Fact]
    public void Thread_cpu_time_counts_work_and_not_waiting_for_a_core()
    {
        var (_, waited) = Budgets.OnThisThread(() => { Thread.Sleep(300); return 0; });
        Assert.True(waited < TimeSpan.FromMilliseconds(100), $"sleeping 300 ms counted {waited.TotalMilliseconds} ms");
        var (_, worked) = Budgets.OnThisThread(() =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var x = 0L;
            while (clock.ElapsedMilliseconds < 200) x++;
            return x;
        });
        Assert.True(worked > TimeSpan.FromMilliseconds(20), $"200 ms of work counted {worked.TotalMilliseconds} ms");
    }

    [Fact]
    public void Work_that_does_not_end_fails_with_a_timeout()
    {
        using var release = new ManualResetEventSlim();
        var error = Assert.Throws<TimeoutException>(() => Budgets.WithinHangGuard(TimeSpan.FromMilliseconds(200), "a stuck build", () => release.Wait(TimeSpan.FromSeconds(30))));
        Assert.Contains("a stuck build", error.Message);
        release.Set();
    }
}
