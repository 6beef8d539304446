using System.Text.RegularExpressions;
using Podium.Tests.Support;
using Podium.Tests.Write;

namespace Podium.Tests.Hostile;

/// <summary>
/// Every case of <see cref="HostileCases"/> is built over a valid site built just before into the
/// same output folder, the way a CI job rebuilds a deployed site from a pull request. The build
/// must either succeed with safe pages or fail with precise diagnostics and leave the previous
/// site byte for byte as it was; it must never throw, hang or write outside the output folder.
/// </summary>
public sealed partial class HostileInputTests
{
    private static readonly Uri BaseUrl = new("https://example.org" + SiteFiles.BasePath);

    [GeneratedRegex(@"^PD\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public static TheoryData<string> Cases() => new(HostileCases.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_input_gives_diagnostics_or_safe_output_and_never_harms_the_previous_site(string name)
    {
        var hostile = HostileCases.Get(name);
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        var output = temp.Combine("site");

        SiteFiles.Valid().WriteTo(content);
        var first = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, BaseUrl));
        Assert.True(first.Succeeded, "the valid site does not build: " + string.Join("\n", first.Diagnostics));
        var previous = SiteWriterTests.Snapshot(output);

        var files = SiteFiles.Valid();
        hostile.Inject(files);
        files.WriteTo(content);
        var contentBefore = SiteWriterTests.Snapshot(content);

        BuildResult result;
        try
        {
            // A hang guard, not a speed budget: a busy 2-core machine must not fail a correct build.
            result = Budgets.WithinHangGuard(Budgets.Hang, name, () => SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output, BaseUrl)));
        }
        catch (AggregateException ex)
        {
            Assert.Fail($"{name}: {ex.InnerException!.GetType().Name} escaped SiteBuilder.Build: {ex.InnerException}");
            return;
        }

        var shown = string.Join("\n", result.Diagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            Assert.Matches(CodePattern(), d.Code);
            Assert.StartsWith("content/", d.File);
            Assert.True(d.Line >= 1 && d.Column >= 1, $"{d}: position must be 1-based");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"{d}: empty message");
        });

        if (hostile.Expect.Builds)
        {
            Assert.True(result.Succeeded, $"{name} should build, but:\n{shown}");
            SafeOutput.Check(output, SiteFiles.BasePath);
            hostile.Then?.Invoke(output);
        }
        else
        {
            Assert.False(result.Succeeded, $"{name} built, but should have failed with {string.Join(", ", hostile.Expect.Codes)}");
            CheckDiagnostics(hostile.Expect, result.Diagnostics, shown);
            Assert.Equal(previous, SiteWriterTests.Snapshot(output));
        }

        // The build reads content and writes only the output folder and its caches: no staging
        // folder left behind, nothing else written beside the output or into the content.
        string[] caches = [Path.GetFileName(Podium.Write.OutputCache.PathFor(output)), Path.GetFileName(Podium.Load.ParsedFileCache.PathFor(output)),
            Path.GetFileName(Podium.Load.ParsedFileCache.PathFor(output)) + ".data"];
        Assert.Equal(new[] { "content", "site" }, Directory.GetFileSystemEntries(temp.Path).Select(e => Path.GetFileName(e)).Except(caches).Order(StringComparer.Ordinal));
        // `../x` and `../../x/index.html` are among the references the id cases try.
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(temp.Path)!, "x")), "a folder `x` appeared beside the test folder");
        Assert.Equal(contentBefore, SiteWriterTests.Snapshot(content));

        HostileReport.CaseChecked();
    }

    private static void CheckDiagnostics(Expectation expect, IReadOnlyList<Podium.Diagnostics.Diagnostic> diagnostics, string shown)
    {
        Assert.True(expect.Codes.Order(StringComparer.Ordinal).SequenceEqual(diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)),
            $"expected exactly the codes {string.Join(", ", expect.Codes)}, got:\n{shown}");
        var main = diagnostics.Where(d => d.Code == expect.Codes[0]).ToList();
        Assert.True(main.Count >= expect.Count, $"expected at least {expect.Count} × {expect.Codes[0]}, got:\n{shown}");
        if (expect.Says is { } says)
        {
            Assert.True(main.Any(d => d.FullMessage.Contains(says, StringComparison.Ordinal)), $"no {expect.Codes[0]} says `{says}`:\n{shown}");
        }
        if (expect.Line is { } line)
        {
            Assert.True(main.Any(d => d.Line == line), $"no {expect.Codes[0]} on line {line}:\n{shown}");
        }
    }
}
