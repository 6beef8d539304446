using System.Text.Json;
using Podium.Diagnostics;
using Podium.Write;

namespace Podium.Tests.Diagnostics;

/// <summary>
/// Diagnostics are errors or warnings: every output says which, and warnings fail nothing unless
/// the caller asks for warnings to count as errors.
/// </summary>
public sealed class SeverityTests
{
    private static readonly Diagnostic Error = new("content/results/a.yaml", new SourcePosition(3, 5), "PD0204", "metric `X` is not defined", "did you mean `Y`?");
    private static readonly Diagnostic Warning = new("content/site.yaml", new SourcePosition(1, 1), "PD0999", "the site is large") { Severity = DiagnosticSeverity.Warning };

    private static BuildResult Result(params Diagnostic[] diagnostics) => new(diagnostics, new WriteStats(0, 0, 0), []);

    [Fact]
    public void A_diagnostic_is_an_error_unless_it_says_otherwise()
    {
        Assert.Equal(DiagnosticSeverity.Error, Error.Severity);
        Assert.Equal("content/results/a.yaml(3,5): error PD0204: metric `X` is not defined; did you mean `Y`?", Error.ToString());
        Assert.Equal("content/site.yaml(1,1): warning PD0999: the site is large", Warning.ToString());
    }

    [Fact]
    public void GitHub_annotations_carry_the_severity_as_their_command()
    {
        Assert.StartsWith("::error file=content/results/a.yaml,line=3,col=5,", GitHubAnnotations.Format(Error, Error.File));
        Assert.Equal("::warning file=content/site.yaml,line=1,col=1,title=PD0999::the site is large", GitHubAnnotations.Format(Warning, Warning.File));
    }

    [Fact]
    public void Json_counts_errors_and_warnings_apart_and_names_each_severity()
    {
        using var document = JsonDocument.Parse(DiagnosticJson.Write([Error, Warning]));

        Assert.Equal(1, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("warnings").GetInt32());
        var severities = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("severity").GetString());
        Assert.Equal(["error", "warning"], severities);
    }

    [Fact]
    public void Warnings_alone_do_not_fail_unless_they_count_as_errors()
    {
        var result = Result(Warning);

        Assert.True(result.Succeeded);
        Assert.False(result.Fails(warningsAsErrors: false));
        Assert.True(result.Fails(warningsAsErrors: true));
        Assert.Equal("1 warning in 1 file", result.Summary);
    }

    [Fact]
    public void Errors_fail_whatever_the_option()
    {
        var result = Result(Error, Warning);

        Assert.False(result.Succeeded);
        Assert.True(result.Fails(warningsAsErrors: false));
        Assert.Equal("1 error and 1 warning in 2 files", result.Summary);
        Assert.Equal("2 errors in 1 file", Result(Error, Error with { Code = "PD0203" }).Summary);
    }

    [Fact]
    public void A_bag_with_only_warnings_has_no_errors()
    {
        var bag = new DiagnosticBag();
        bag.Add(Warning);
        Assert.False(bag.HasErrors);
        bag.Add(Error);
        Assert.True(bag.HasErrors);
    }
}
