using Podium.Tests.Support;

namespace Podium.Tests.Cli;

/// <summary>The test helper that runs the command line never waits for ever on a child that does not end.</summary>
public sealed class CliRunnerTests
{
    [Fact]
    public void A_command_that_does_not_end_is_killed_after_the_timeout_and_fails_with_its_output()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        CliRunner.CopyFolder(Path.Combine(Repo.Fixture("valid", "ranking"), "content"), content);

        // `serve` runs until it is stopped: the runner must give up, kill it and say so.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Throws<TimeoutException>(() => CliRunner.Run(TimeSpan.FromSeconds(5), null, "serve", "--content", content, "--port", "0"));
        Assert.Contains("podium serve", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"gave up after {clock.Elapsed}");
    }
}
