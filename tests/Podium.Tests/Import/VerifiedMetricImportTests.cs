using Podium.Import.ModelIndex;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>A Hugging Face model card's <c>verified: true</c> on a metric becomes a <c>re-evaluated</c> check by "Hugging Face", when the card dates it.</summary>
public sealed class VerifiedMetricImportTests
{
    private static string Card(string sourceLines) => $"""
        ---
        tags:
          - arxiv:1512.03385
        model-index:
          - name: resnet-50-verified
            results:
              - task:
                  type: image-classification
                dataset:
                  type: imagenet-1k
                  name: ImageNet-1k
                metrics:
                  - type: accuracy
                    value: 76.1
                    name: Top 1 Accuracy
                    verified: true
        {sourceLines}
        ---
        # ResNet-50
        """;

    private static string SampleContent(TempDirectory temp)
    {
        var content = temp.Combine("content");
        CliRunner.CopyFolder(Repo.Content, content);
        return content;
    }

    [Fact]
    public void A_verified_metric_with_a_dated_and_linked_source_becomes_a_re_evaluated_check()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        var card = temp.Write("card/README.md", Card("""
                    source:
                      name: Hugging Face evaluation
                      url: https://huggingface.co/spaces/autoevaluate/model-evaluator
                      date: 2022-07-01
            """));

        var report = ModelIndexImporter.Import([card], content);

        Assert.Equal(1, report.Imported);
        var results = File.ReadAllText(Path.Combine(content, "results", "resnet-2015-model-index.yaml"));
        Assert.Contains("""
                checks:
                  - kind: re-evaluated
                    by: "Hugging Face"
                    date: 2022-07-01
                    url: "https://huggingface.co/spaces/autoevaluate/model-evaluator"
                    metrics:
                      Top-1 Accuracy: 76.1

            """.ReplaceLineEndings("\n"), results);
        Assert.True(SiteBuilder.Validate(content).Succeeded);
        var model = Pipeline.Model(content);
        var row = model.Results.Single(r => r.Model == "resnet-50-verified");
        Assert.Equal(Podium.Model.ResultStatus.ReEvaluated, row.Status);
    }

    [Fact]
    public void A_verified_metric_without_a_date_is_left_out_with_a_note()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        var card = temp.Write("card/README.md", Card(""));

        var report = ModelIndexImporter.Import([card], content);

        Assert.Equal(1, report.Imported);
        Assert.DoesNotContain("checks:", File.ReadAllText(Path.Combine(content, "results", "resnet-2015-model-index.yaml")));
        Assert.Contains(report.Notes, n => n.Message == "left out the Hugging Face verification of `Top-1 Accuracy`: the card does not say when it was verified; add it as a `re-evaluated` check by hand");
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }
}
