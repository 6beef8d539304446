using Podium.Tests.Support;

namespace Podium.Tests.Validate;

/// <summary>Misspelled keys, ids and metric names get a "did you mean" hint naming the nearest valid one.</summary>
public sealed class SuggestionTests
{
    private static IReadOnlyList<string> Validate(TempDirectory temp, params (string Path, string Text)[] files)
    {
        temp.Write("content/site.yaml", "title: T\nbase_url: https://example.org/\n");
        temp.Write("content/tasks/image-classification.yaml", "name: Image Classification\n");
        temp.Write("content/tasks/detection.yaml", "name: Detection\n");
        temp.Write("content/datasets/cifar-10.yaml",
            "name: CIFAR-10\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Accuracy\n        higher_is_better: true\n");
        temp.Write("content/papers/gpipe-2018.md", "---\ntitle: GPipe\nauthors: [A]\ndate: 2018-11-16\n---\n");
        foreach (var (path, text) in files) temp.Write(path, text);
        return SiteBuilder.Validate(temp.Combine("content")).Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Theory]
    [InlineData("content/tasks/x.yaml", "nmae: X\n", "unknown key `nmae` in a task; did you mean `name`?")]
    [InlineData("content/papers/x-2020.md", "---\ntitle: X\nautors: [A]\nauthors: [A]\ndate: 2020-01-01\n---\n", "unknown key `autors` in a paper's front matter; did you mean `authors`?")]
    [InlineData("content/results/x.yaml", "paper: gpipe-2018\nresults:\n  - dataset: cifar-10\n    modle: M\n    model: M\n    metrics: { Accuracy: 1 }\n", "unknown key `modle` in a result; did you mean `model`?")]
    [InlineData("content/datasets/d.yaml", "name: D\nleaderboards:\n  - task: detection\n    metrics:\n      - name: mAP\n        higher_is_beter: true\n        higher_is_better: true\n", "unknown key `higher_is_beter` in a metric; did you mean `higher_is_better`?")]
    [InlineData("content/site.yaml", "title: T\nbase_ulr: https://example.org/\nbase_url: https://example.org/\n", "unknown key `base_ulr` in site.yaml; did you mean `base_url`?")]
    public void Misspelled_keys_suggest_the_nearest_key_of_their_kind(string path, string text, string expected)
    {
        using var temp = new TempDirectory();

        var diagnostics = Validate(temp, (path, text));

        Assert.Contains(diagnostics, d => d.EndsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  - dataset: cifar10\n    model: M\n    metrics: { Accuracy: 1 }\n", "there is no dataset `cifar10`; did you mean `cifar-10`?")]
    [InlineData("  - dataset: cifar-10\n    task: image-clasification\n    model: M\n    metrics: { Accuracy: 1 }\n", "dataset `cifar-10` has no leaderboard for task `image-clasification`; did you mean `image-classification`?")]
    [InlineData("  - dataset: cifar-10\n    paper: gpipe-2019\n    model: M\n    metrics: { Accuracy: 1 }\n", "there is no paper `gpipe-2019`; did you mean `gpipe-2018`?")]
    [InlineData("  - dataset: cifar-10\n    model: M\n    metrics: { Acuracy: 1 }\n", "metric `Acuracy` is not defined on leaderboard `image-classification` of `cifar-10`; did you mean `Accuracy`?")]
    public void Misspelled_ids_and_metrics_in_results_suggest_the_nearest_existing_one(string result, string expected)
    {
        using var temp = new TempDirectory();

        var diagnostics = Validate(temp, ("content/results/x.yaml", "paper: gpipe-2018\nresults:\n" + result));

        Assert.Equal(expected, Assert.Single(diagnostics)[(diagnostics[0].IndexOf(": error ", StringComparison.Ordinal) + 16)..]);
    }

    [Fact]
    public void Misspelled_ids_in_tasks_datasets_and_translations_suggest_the_nearest_existing_one()
    {
        using var temp = new TempDirectory();

        var diagnostics = Validate(temp,
            ("content/tasks/x.yaml", "name: X\nparent: detecton\n"),
            ("content/datasets/d.yaml", "name: D\nintroduced_by: gpipe2018\nleaderboards:\n  - task: detetcion\n    metrics:\n      - name: mAP\n        higher_is_better: true\n"),
            ("content/datasets/d2.yaml", "name: D2\nleaderboards:\n  - task: detection\n    metrics:\n      - name: mAP\n        higher_is_better: true\n    rank_by: MAP\n"),
            ("content/papers/gpipe-2108.zh.md", "---\ntitle: 标题\n---\n"));

        Assert.Contains(diagnostics, d => d.EndsWith("there is no task `detecton`; did you mean `detection`?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.EndsWith("there is no task `detetcion`; did you mean `detection`?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.EndsWith("there is no paper `gpipe2018`; did you mean `gpipe-2018`?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Contains("did you mean `mAP`?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.EndsWith("there is no paper `gpipe-2108` for this summary in `zh`; did you mean `gpipe-2018`?", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelled_id_suggests_a_file_that_exists_even_when_that_file_has_errors()
    {
        using var temp = new TempDirectory();

        // The dataset file is broken (its errors are reported there), but it is still the id the result meant.
        var diagnostics = Validate(temp,
            ("content/datasets/imagenet.yaml", "name: ImageNet\nleaderboards: []\n"),
            ("content/results/x.yaml", "paper: gpipe-2018\nresults:\n  - dataset: imagnet\n    model: M\n    metrics: { Top-1: 1 }\n"));

        Assert.Contains(diagnostics, d => d.EndsWith("there is no dataset `imagnet`; did you mean `imagenet`?", StringComparison.Ordinal));
    }
}
