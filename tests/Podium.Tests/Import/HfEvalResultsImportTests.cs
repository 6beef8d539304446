using Podium.Import;
using Podium.Import.Dating;
using Podium.Import.HfEvalResults;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>
/// <c>import hf-eval-results</c>: scores from Hugging Face <c>.eval_results/*.yaml</c> files (and the
/// benchmarks' <c>eval.yaml</c>) become results that validate and build, in an empty site and in the
/// sample site.
/// </summary>
public sealed class HfEvalResultsImportTests
{
    private static readonly string Fixtures = Path.Combine(Repo.Root, "tests", "fixtures", "import", "hf-eval-results");
    private static readonly HfEvalResultsOptions QuestionAnswering = new(Task: "Question Answering", Today: new DateOnly(2026, 11, 30));

    // The full form the documentation describes, for the benchmark the fixtures declare (cais/hle).
    private const string FullEntry = """
        - dataset:
            id: cais/hle
            task_id: hle
            revision: 5503434ddd753f426f4b38109466949a1217c2bb
          value: 20.90
          verifyToken: abc
          date: "2025-01-15T10:30:00Z"
          source:
            url: https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro
            name: Eval traces
            user: SaylorTwift
          evaluation_framework: inspect-ai
          notes: "no-tools"
        """;

    private static string SampleContent(TempDirectory temp)
    {
        var content = temp.Combine("content");
        CliRunner.CopyFolder(Repo.Content, content);
        return content;
    }

    [Fact]
    public void The_fixtures_import_into_an_empty_site_that_builds_with_the_score_on_a_leaderboard_of_the_benchmark_task()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = HfEvalResultsImporter.Import([Fixtures], content, QuestionAnswering with { Attribution = "arcee-ai/Trinity-Large-Preview, Apache-2.0" });

        Assert.Equal(1, report.Rows);
        Assert.Equal(1, report.Imported);
        Assert.Equal(1, report.RowsDatedBy(DatedBy.Given));
        Assert.Equal(
            "# Imported from Hugging Face evaluation results (Trinity-Large-Preview/.eval_results/gpqa.yaml; arcee-ai/Trinity-Large-Preview, Apache-2.0) by podium import hf-eval-results\n"
            + "results:\n  - dataset: idavidrein-gpqa-gpqa-diamond\n    task: question-answering\n    model: \"Trinity-Large-Preview\"\n    metrics:\n      Score: 63.3\n"
            + "    source:\n      title: \"Model Card\"\n      url: \"https://huggingface.co/arcee-ai/Trinity-Large-Preview\"\n      date: 2026-02-03\n",
            File.ReadAllText(Path.Combine(content, "results", "trinity-large-preview-idavidrein-gpqa-gpqa-diamond.yaml")));
        Assert.Contains("name: Idavidrein/gpqa (gpqa_diamond)\n", File.ReadAllText(Path.Combine(content, "datasets", "idavidrein-gpqa-gpqa-diamond.yaml")));

        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var row = Assert.Single(site.Page("dataset/idavidrein-gpqa-gpqa-diamond/question-answering/index.html").QuerySelectorAll("table.leaderboard tbody tr"));
        Assert.Equal("Trinity-Large-Preview", BuiltSite.Model(row));
        Assert.Equal("63.3", BuiltSite.MetricCells(row)[0].TextContent.Trim());
    }

    [Fact]
    public void A_declared_benchmark_names_its_dataset_and_its_framework_config_split_and_the_files_revision_and_notes_go_into_the_notes()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        temp.Write("models/SmolLM3-3B/.eval_results/hle.yaml", FullEntry);

        var report = HfEvalResultsImporter.Import([Fixtures, temp.Combine("models")], content, QuestionAnswering);
        var again = HfEvalResultsImporter.Import([Fixtures, temp.Combine("models")], content, QuestionAnswering);

        Assert.Equal(2, report.Imported);
        var dataset = File.ReadAllText(Path.Combine(content, "datasets", "humanity-s-last-exam.yaml"));
        Assert.Contains("name: \"Humanity's Last Exam\"\n", dataset);
        Assert.Contains("description: \"Humanity's Last Exam (HLE) is a multi-modal benchmark", dataset);
        var results = File.ReadAllText(Path.Combine(content, "results", "smollm3-3b-humanity-s-last-exam.yaml"));
        Assert.Contains("      Score: 20.90\n", results);
        Assert.Contains("      title: \"Eval traces\"\n      url: \"https://huggingface.co/spaces/SaylorTwift/smollm3-mmlu-pro\"\n      date: 2025-01-15\n", results);
        Assert.Contains("    notes: \"no-tools. Evaluation framework: inspect-ai. Dataset config default, split test. "
            + "Dataset revision: 5503434ddd753f426f4b38109466949a1217c2bb. The file carries a verifyToken (not checked by this import).\"\n", results);
        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        // The sample site's leaderboards are untouched, and a second import adds nothing.
        Assert.NotEmpty(site.Page("dataset/imagenet/image-classification/index.html").QuerySelectorAll("table.leaderboard tbody tr"));
        Assert.Empty(again.Files.Written);
        Assert.Equal(0, again.Imported);
    }

    [Fact]
    public void A_benchmark_mapped_to_an_existing_dataset_lands_on_its_only_leaderboard_and_metric()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        temp.Write("content/tasks/question-answering.yaml", "name: Question Answering\n");
        temp.Write("content/datasets/gpqa-diamond.yaml",
            "name: GPQA Diamond\nleaderboards:\n  - task: question-answering\n    metrics:\n      - name: Accuracy\n        unit: \"%\"\n        higher_is_better: true\n");

        // --task names the task of new leaderboards; the existing dataset's only leaderboard is used as it is.
        var report = HfEvalResultsImporter.Import([Fixtures], content,
            new HfEvalResultsOptions(Task: "Reading Comprehension", Datasets: new Dictionary<string, string> { ["Idavidrein/gpqa"] = "gpqa-diamond" }));

        Assert.Equal(1, report.Imported);
        Assert.Equal(0, report.Datasets);
        Assert.Equal(0, report.Tasks);
        Assert.Equal(["results/trinity-large-preview-gpqa-diamond.yaml"], report.Files.Written);
        Assert.Contains("  - dataset: gpqa-diamond\n    task: question-answering\n    model: \"Trinity-Large-Preview\"\n    metrics:\n      Accuracy: 63.3\n",
            File.ReadAllText(Path.Combine(content, "results", "trinity-large-preview-gpqa-diamond.yaml")));
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void Scores_without_a_date_take_the_date_option_with_a_comment_and_bad_ones_are_skipped_with_why()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        temp.Write("models/Tiny/.eval_results/gpqa.yaml", """
            - dataset: {id: Idavidrein/gpqa, task_id: gpqa_diamond}
              value: 0.412
            - dataset: {id: Idavidrein/gpqa, task_id: gpqa_main}
              value: 0.5
              date: "2031-01-01"
            - dataset: {id: Idavidrein/gpqa, task_id: gpqa_extended}
              value: "n/a"
              date: "2025-03-01"
            - value: 1
              date: "2025-03-01"
            """);

        var undated = HfEvalResultsImporter.Import([temp.Combine("models")], content, QuestionAnswering);
        var dated = HfEvalResultsImporter.Import([temp.Combine("models")], content, QuestionAnswering with { Date = new DateOnly(2025, 7, 1) });

        var reasons = undated.Skipped.Select(s => s.Reason).ToList();
        Assert.Equal([
            "no `date` (the Hub falls back to the file's commit time, which the file does not carry); pass --date and import again",
            "`date` 2031-01-01 is in the future",
            "no metric value could be read (`Score`: no value)",
            "no `dataset.id`",
        ], reasons);
        Assert.Equal(1, dated.Imported);
        Assert.Equal(1, dated.RowsDatedBy(DatedBy.Undated));
        Assert.Contains("      date: 2025-07-01   # no date in the file: given with --date; check it\n",
            File.ReadAllText(Path.Combine(content, "results", "tiny-idavidrein-gpqa-gpqa-diamond.yaml")));
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void A_file_outside_a_model_repository_needs_the_model_option_and_two_models_results_go_to_their_own_files()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        var loose = temp.Write("downloads/gpqa.yaml", File.ReadAllText(Path.Combine(Fixtures, "arcee-ai", "Trinity-Large-Preview", ".eval_results", "gpqa.yaml")));

        var nameless = HfEvalResultsImporter.Import([loose], content, QuestionAnswering);
        var named = HfEvalResultsImporter.Import([loose], content, QuestionAnswering with { Model = "Trinity (loose file)" });
        var other = HfEvalResultsImporter.Import([Fixtures], content, QuestionAnswering);

        Assert.Equal("no model: the file is not in a model repository's .eval_results folder; pass --model", Assert.Single(nameless.Skipped).Reason);
        Assert.Equal("downloads/gpqa.yaml(1,3) (no model) / Idavidrein/gpqa gpqa_diamond", nameless.Skipped[0].Row);
        Assert.Equal(1, named.Imported);
        Assert.Equal(1, other.Imported);
        Assert.Equal(["results/trinity-large-preview-idavidrein-gpqa-gpqa-diamond.yaml"], other.Files.Written);
        Assert.Contains("    model: \"Trinity (loose file)\"\n",
            File.ReadAllText(Path.Combine(content, "results", "trinity-loose-file-idavidrein-gpqa-gpqa-diamond.yaml")));
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void An_eval_yaml_in_a_folder_named_after_the_repository_alone_still_declares_its_benchmark()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        var declaration = temp.Write("downloads/hle/eval.yaml", File.ReadAllText(Path.Combine(Fixtures, "cais", "hle", "eval.yaml")));
        temp.Write("models/SmolLM3-3B/.eval_results/hle.yaml", FullEntry);

        var report = HfEvalResultsImporter.Import([declaration, temp.Combine("models")], content, QuestionAnswering);

        Assert.Equal(1, report.Imported);
        Assert.Equal(["datasets/humanity-s-last-exam.yaml", "results/smollm3-3b-humanity-s-last-exam.yaml", "tasks/question-answering.yaml"], report.Files.Written);
    }

    [Fact]
    public void A_folder_without_result_files_is_an_error()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var error = Assert.Throws<ImportException>(() => HfEvalResultsImporter.Import([Path.Combine(Fixtures, "cais")], content, QuestionAnswering));

        Assert.StartsWith("no evaluation-result files found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_imports_a_folder_into_the_sample_site_and_it_validates()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);

        var (exit, _, stderr) = CliRunner.Run(null, "import", "hf-eval-results", Fixtures, "--task", "Question Answering", "--out", content);
        var (validate, _, problems) = CliRunner.Run(null, "validate", "--content", content);

        Assert.True(exit == 0, stderr);
        Assert.Contains("imported 1 results (1 tasks, 1 datasets, 0 papers); skipped 0 rows", CliRunner.Lines(stderr));
        Assert.Contains("dated: 1 by their own date", CliRunner.Lines(stderr));
        Assert.True(validate == 0, problems);
    }
}
