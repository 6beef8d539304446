using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Validate;

/// <summary>
/// Every field and every reference of every result is checked, whatever else is wrong with it,
/// so a contributor learns every mistake from one run.
/// </summary>
public sealed class AllProblemsInOneRunTests
{
    private static IReadOnlyList<Diagnostic> Validate(string results, string paper = "title: Alpha\nauthors: [A. Author]\ndate: 2020-01-01\n")
    {
        using var temp = new TempDirectory();
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/tasks/classification.yaml", "name: Classification\n");
        temp.Write("content/datasets/toy.yaml",
            "name: Toy\nleaderboards:\n  - task: classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n      - name: Params\n        higher_is_better: false\n");
        temp.Write("content/papers/alpha-2020.md", $"---\n{paper}---\n");
        temp.Write("content/results/alpha-2020.yaml", results);
        return SiteBuilder.Validate(temp.Combine("content")).Diagnostics;
    }

    private static string[] Found(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Line},{d.Column} {d.Code}").ToArray();

    [Fact]
    public void A_bad_value_does_not_hide_an_unknown_dataset()
    {
        var diagnostics = Validate("""
            paper: alpha-2020
            results:
              - dataset: toy10
                model: M
                metrics:
                  Accuracy: "99%"
            """);

        Assert.Equal(["3,14 PD0203", "6,17 PD0205"], Found(diagnostics));
        Assert.Contains("did you mean `toy`?", diagnostics[0].FullMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_fields_do_not_hide_a_misspelled_metric_an_unknown_task_or_an_unknown_paper()
    {
        var diagnostics = Validate("""
            results:
              - dataset: toy
                model: M
                paper: alpha-2021
                date: 2020-13-01
                metrics:
                  Acuracy: 1.5
                  Params: 1,5
              - dataset: toy
                task: clasification
                metrics:
                  Accuracy: 1
                code: not-a-link
                paper: alpha-2020
            """);

        Assert.Equal(
            ["4,12 PD0206", "5,11 PD0113", "7,7 PD0204", "8,15 PD0205", "9,5 PD0111", "10,11 PD0207", "13,11 PD0114"],
            Found(diagnostics));
    }

    [Fact]
    public void A_result_with_a_broken_file_default_paper_still_has_its_dataset_checked()
    {
        var diagnostics = Validate("""
            paper: Alpha_2020
            results:
              - dataset: toy10
                model: M
                metrics:
                  Accuracy: 1
            """);

        Assert.Equal(["1,8 PD0004", "3,14 PD0203"], Found(diagnostics));
    }

    [Fact]
    public void An_unknown_paper_does_not_hide_a_misspelled_metric()
    {
        var diagnostics = Validate("""
            paper: alpha-2021
            results:
              - dataset: toy
                model: M
                metrics:
                  Acuracy: 1
            """);

        Assert.Equal(["1,8 PD0206", "6,7 PD0204"], Found(diagnostics));
    }

    [Fact]
    public void A_metric_whose_value_is_bad_is_still_checked_against_the_leaderboard()
    {
        var diagnostics = Validate("""
            paper: alpha-2020
            results:
              - dataset: toy
                model: M
                metrics:
                  Acuracy: 99%
            """);

        Assert.Equal(["6,7 PD0204", "6,16 PD0205"], Found(diagnostics));
    }
}
