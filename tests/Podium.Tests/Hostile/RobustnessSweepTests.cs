using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Podium.Tests.Support;
using Podium.Tests.Write;

namespace Podium.Tests.Hostile;

/// <summary>
/// Seeded random damage to the sample content: each build changes one file of a fresh copy (and
/// restores it afterwards), then must either succeed or fail with well-placed diagnostics, leaving
/// the previous site as it was. It must never throw. A failure names the seed and the mutation;
/// rerunning the same seed gives the same file and the same change.
/// </summary>
public sealed partial class RobustnessSweepTests(RobustnessSweepTests.Report report) : IClassFixture<RobustnessSweepTests.Report>
{
    private const int SeedsPerMutation = 12;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [GeneratedRegex(@"^PD\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public static TheoryData<string> Kinds() => new(Mutations.Names);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Mutated_sample_content_builds_or_gives_diagnostics_and_never_crashes(string mutation)
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var output = temp.Combine("site");
        SiteWriterTests.CopyDirectory(Repo.Content, content);
        var files = Directory.GetFiles(content, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output)).Succeeded, "the sample site does not build");

        // Seeds are fixed per mutation (1000 × its position + n), so every run damages the same places.
        var firstSeed = 1000 * (Array.IndexOf(Mutations.Names, mutation) + 1);
        var problems = new List<string>();
        for (var seed = firstSeed; seed < firstSeed + SeedsPerMutation; seed++)
        {
            var random = new Random(seed);
            var file = Mutations.PickFile(mutation, random, content, files);
            var original = File.ReadAllBytes(file);
            var where = $"seed {seed}, mutation {mutation} on {Path.GetRelativePath(temp.Path, file)}";
            try
            {
                where += ": " + Mutations.Apply(mutation, random, file);
                var problem = BuildAndCheck(content, output);
                if (problem is not null) problems.Add($"{where}: {problem}");
            }
            finally
            {
                File.WriteAllBytes(file, original);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>Builds once; returns what went wrong, or null.</summary>
    private string? BuildAndCheck(string content, string output)
    {
        var previous = SiteWriterTests.Snapshot(output);
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
        }
        catch (Exception ex)
        {
            report.Built(crashed: true);
            return $"{ex.GetType().Name} escaped SiteBuilder.Build: {ex}";
        }
        report.Built(crashed: false);
        clock.Stop();

        if (clock.Elapsed > Budget) return string.Create(CultureInfo.InvariantCulture, $"took {clock.Elapsed.TotalSeconds:0.0} s");
        if (result.Succeeded) return File.Exists(Path.Combine(output, "index.html")) ? null : "succeeded without writing index.html";

        // Every diagnostic points at a line of a file that exists.
        foreach (var d in result.Diagnostics)
        {
            if (!CodePattern().IsMatch(d.Code) || string.IsNullOrWhiteSpace(d.Message)) return $"malformed diagnostic: {d}";
            if (!d.File.StartsWith("content/", StringComparison.Ordinal)) return $"diagnostic outside the content: {d}";
            var path = Path.Combine(content, d.File["content/".Length..]);
            if (!File.Exists(path)) return $"diagnostic names a file that does not exist: {d}";
            var lines = File.ReadAllBytes(path).Count(b => b == (byte)'\n') + 1;
            if (d.Line < 1 || d.Column < 1 || d.Line > lines) return $"diagnostic at a position outside the file ({lines} lines): {d}";
        }
        return SiteWriterTests.Snapshot(output).SequenceEqual(previous) ? null : "a failed build changed the previous site";
    }

    /// <summary>Counts the builds of the whole sweep and writes one line to test-output/report/robustness.txt when it ends.</summary>
    public sealed class Report : IDisposable
    {
        private int _builds;
        private int _crashes;

        public void Built(bool crashed)
        {
            Interlocked.Increment(ref _builds);
            if (crashed) Interlocked.Increment(ref _crashes);
        }

        public void Dispose()
        {
            if (_builds == 0) return; // the sweep was filtered out
            Directory.CreateDirectory(HostileReport.Folder);
            File.WriteAllText(Path.Combine(HostileReport.Folder, "robustness.txt"), string.Create(CultureInfo.InvariantCulture,
                $"robustness sweep: {_builds} mutated builds, {_crashes} crashes\n"));
        }
    }
}
