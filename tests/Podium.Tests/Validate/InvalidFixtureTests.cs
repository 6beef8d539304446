using Podium.Tests.Support;

namespace Podium.Tests.Validate;

/// <summary>
/// Each folder under tests/fixtures/invalid is a broken site with an expected.txt holding the
/// exact diagnostics (file, line, column, code, message) and the summary line, in order.
/// </summary>
public sealed class InvalidFixtureTests
{
    public static TheoryData<string> Fixtures() => new(Repo.FixtureNames("invalid"));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Reports_exactly_the_expected_diagnostics_in_one_run(string fixture)
    {
        var folder = Repo.Fixture("invalid", fixture);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt"));

        var result = SiteBuilder.Validate(Path.Combine(folder, "content"));

        Assert.Equal(expected, result.Diagnostics.Select(d => d.ToString()).Append(result.Summary!).ToArray());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Build_reports_the_same_and_writes_nothing(string fixture)
    {
        var folder = Repo.Fixture("invalid", fixture);
        using var temp = new TempDirectory();
        var output = temp.Combine("site");

        var build = SiteBuilder.Build(new BuildOptions(Path.Combine(folder, "content"), Repo.Templates, output));

        Assert.Equal(SiteBuilder.Validate(Path.Combine(folder, "content")).Diagnostics, build.Diagnostics);
        Assert.False(Directory.Exists(output));
    }
}
