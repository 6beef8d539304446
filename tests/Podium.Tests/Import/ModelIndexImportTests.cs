using System.Text.RegularExpressions;
using Podium.Import;
using Podium.Import.ModelIndex;
using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>
/// <c>import model-index</c>: mmpretrain's real metafiles land on the sample site's ImageNet and
/// CIFAR-10 leaderboards; Hugging Face model cards are read from their front matter.
/// </summary>
public sealed partial class ModelIndexImportTests
{
    private static readonly ModelIndexOptions Mmpretrain = new(Attribution: "open-mmlab/mmpretrain, Apache-2.0");

    // The ResNet metafile links the paper's CVPR page, not arXiv: into a site without the paper,
    // its results need the date a maintainer would give.
    private static readonly ModelIndexOptions MmpretrainDated = Mmpretrain with { Date = new DateOnly(2015, 12, 10) };

    private static readonly string[] MetafileNames = Directory.GetFiles(Path.Combine(Repo.Root, "tests", "fixtures", "import", "model-index"), "*.yml")
        .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public static TheoryData<string> Metafiles() => new(MetafileNames);

    private static List<string> AllMetafiles() => MetafileNames.Select(Metafile).ToList();

    /// <summary>A leaderboard page's rows by model name.</summary>
    private static Dictionary<string, AngleSharp.Dom.IElement> Rows(BuiltSite site, string page) =>
        site.Page(page).QuerySelectorAll("table.leaderboard tbody tr").ToDictionary(BuiltSite.Model, StringComparer.Ordinal);

    private static string Metafile(string name) => ImportSites.Archive("model-index", name);

    /// <summary>A copy of the sample content to import into.</summary>
    private static string SampleContent(TempDirectory temp, string name = "content")
    {
        var content = temp.Combine(name);
        CliRunner.CopyFolder(Repo.Content, content);
        return content;
    }

    [GeneratedRegex(@"^\s+Metrics:", RegexOptions.Multiline)]
    private static partial Regex MetricsLine();

    [Theory]
    [MemberData(nameof(Metafiles))]
    public void Each_metafile_imports_into_an_empty_site_that_builds_and_accounts_for_every_result(string name)
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        var report = ModelIndexImporter.Import([Metafile(name)], content, MmpretrainDated);

        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        // Every result has one `Metrics:` block; counted here independently of the reader.
        Assert.Equal(MetricsLine().Matches(File.ReadAllText(Metafile(name))).Count, report.Rows);
        Assert.Equal(report.Rows, report.Imported + report.Skipped.Count);
        Assert.True(report.Imported > 0);
        Assert.All(report.Files.Written, f => Assert.Contains(
            $"# Imported from model-index metadata ({name}; open-mmlab/mmpretrain, Apache-2.0) by podium import model-index",
            File.ReadAllText(Path.Combine(content, f)).Split('\n').Take(2)));
    }

    [Fact]
    public void The_mmpretrain_metafiles_land_on_the_sample_sites_imagenet_and_cifar_10_leaderboards()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        var files = AllMetafiles();

        var report = ModelIndexImporter.Import(files, content, Mmpretrain);

        Assert.Equal(76, report.Rows);
        Assert.Empty(report.Skipped);
        // ResNet is matched by title, EfficientNet by arXiv id; only ConvNeXt is a new paper, and CUB-200-2011 the only new dataset.
        Assert.Equal(1, report.Papers);
        Assert.Equal(1, report.Datasets);
        Assert.Contains("paper: resnet-2015\n", File.ReadAllText(Path.Combine(content, "results", "resnet-2015-model-index.yaml")));
        Assert.Contains("paper: efficientnet-2019\n", File.ReadAllText(Path.Combine(content, "results", "efficientnet-2019-model-index.yaml")));

        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        // "Top 1 Accuracy" is CIFAR-10's "Accuracy" (its only accuracy metric).
        var cifar = Rows(site, "dataset/cifar-10/image-classification/index.html");
        Assert.Equal("94.82", BuiltSite.MetricCells(cifar["resnet18_8xb16_cifar10"])[0].TextContent.Trim());

        // On ImageNet it is "Top-1 Accuracy"; Parameters 11,690,000 and FLOPs 1,820,000,000 become 11.69 M and 1820 M.
        var imagenet = Rows(site, "dataset/imagenet/image-classification/index.html");
        var resnet18 = BuiltSite.MetricCells(imagenet["resnet18_8xb32_in1k"]).Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["69.90", "11.69", "1820"], resnet18);
        // Pre-trained on ImageNet-21k: extra training data, said in the notes too.
        var xlarge = imagenet["convnext-xlarge_in21k-pre_3rdparty_in1k"];
        Assert.NotNull(xlarge.QuerySelector(".badge-extra"));
        Assert.Contains("Trained with ImageNet-21k.", xlarge.QuerySelector(".notes")!.TextContent);
        Assert.StartsWith("https://download.openmmlab.com/", xlarge.QuerySelector(".notes a")!.GetAttribute("href"));
        Assert.Null(imagenet["convnext-tiny_32xb128_in1k"].QuerySelector(".badge-extra"));

        // A model OpenMMLab trained is dated by the stamp in its weights (…_20211228-20e21305.pth), not by the 2015 paper;
        // "3rdparty" weights are the paper's own and keep its date.
        Assert.Equal("2021-12-28", imagenet["resnet50_8xb256-rsb-a1-600e_in1k"].QuerySelector("time")!.TextContent);
        Assert.Equal("2019-05-28", imagenet["efficientnet-b0_3rdparty_8xb32_in1k"].QuerySelector("time")!.TextContent);
        Assert.Contains("    date: 2021-12-28   # release date in the weights' file name\n",
            File.ReadAllText(Path.Combine(content, "results", "resnet-2015-model-index.yaml")));
    }

    [Fact]
    public void A_new_paper_is_dated_by_the_month_of_its_arxiv_id_with_a_comment_to_correct_it()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);

        ModelIndexImporter.Import([Metafile("mmpretrain-convnext.metafile.yml")], content);

        var paper = File.ReadAllLines(Path.Combine(content, "papers", "convnet-2022.md"));
        Assert.Contains("title: \"A ConvNet for the 2020s\"", paper);
        Assert.Contains("date: 2022-01-01   # month of arXiv 2201.03545; the day is not known, correct it", paper);
        Assert.Contains("arxiv: \"2201.03545\"", paper);
    }

    [Fact]
    public void Importing_twice_gives_the_same_files_and_the_second_import_adds_nothing()
    {
        using var temp = new TempDirectory();
        var first = SampleContent(temp, "a");
        var second = SampleContent(temp, "b");
        var files = AllMetafiles();

        ModelIndexImporter.Import(files, first, Mmpretrain);
        ModelIndexImporter.Import(files, second, Mmpretrain);
        var again = ModelIndexImporter.Import(files, first, Mmpretrain);

        Assert.Equal(ImportSites.Files(first), ImportSites.Files(second));
        Assert.Empty(again.Files.Written);
        Assert.Equal(76, again.Skipped.Count);
        Assert.All(again.Skipped, s => Assert.Equal("the content already has this result", s.Reason));
    }

    [Fact]
    public void An_index_file_imports_the_metafiles_it_lists_and_cannot_reach_outside_its_folder()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        Directory.CreateDirectory(temp.Combine("index", "configs", "resnet"));
        File.Copy(Metafile("mmpretrain-resnet.metafile.yml"), temp.Combine("index", "configs", "resnet", "metafile.yml"));
        var index = temp.Write("index/model-index.yml", "Import:\n  - configs/resnet/metafile.yml\n  - configs/resnet/metafile.yml\n");
        var escape = temp.Write("index/escape.yml", "Import:\n  - ../outside.yml\n");
        temp.Write("outside.yml", "Models: []\n");

        var report = ModelIndexImporter.Import([index], content);

        Assert.Equal(22, report.Rows);
        var error = Assert.Throws<ImportException>(() => ModelIndexImporter.Import([escape], content));
        Assert.Contains("outside the folder", error.Message);
    }

    private const string Card = """
        ---
        language: en
        license: apache-2.0
        tags:
          - image-classification
          - arxiv:1512.03385
        model-index:
          - name: resnet-50-card
            results:
              - task:
                  type: image-classification
                  name: Image Classification
                dataset:
                  type: imagenet-1k
                  name: ImageNet-1k
                  split: validation
                metrics:
                  - type: accuracy
                    value: 0.7613
                    name: Top 1 Accuracy
              - task:
                  type: image-classification
                dataset:
                  type: cifar10
                  name: cifar10
                metrics:
                  - type: accuracy
                    value: 93.1
        ---
        # ResNet-50

        Weights for the model of [the paper](https://arxiv.org/abs/1512.03385).
        """;

    [Fact]
    public void A_model_cards_index_lands_on_the_paper_its_arxiv_tag_names_and_flags_a_fraction_on_a_percent_leaderboard()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        var card = temp.Write("card/README.md", Card);

        var report = ModelIndexImporter.Import([card], content);

        Assert.Equal(2, report.Imported);
        var results = File.ReadAllText(Path.Combine(content, "results", "resnet-2015-model-index.yaml"));
        Assert.Contains("paper: resnet-2015\n", results);
        Assert.Contains("  - dataset: imagenet\n    task: image-classification\n    model: \"resnet-50-card\"\n    metrics:\n      Top-1 Accuracy: 0.7613\n", results);
        Assert.Contains("  - dataset: cifar-10\n", results);
        var note = Assert.Single(report.Notes);
        Assert.Equal("README.md(10,9) resnet-50-card / ImageNet-1k", note.Row);
        Assert.Equal("`Top-1 Accuracy` is 0.7613 on a leaderboard in %; if it is a fraction, write it as 76.13", note.Message);
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void A_result_with_no_paper_to_date_it_is_skipped_with_a_reason_unless_a_date_is_given()
    {
        using var temp = new TempDirectory();
        var content = SampleContent(temp);
        var card = temp.Write("card/README.md", Card.Replace("  - arxiv:1512.03385\n", "").Replace("(https://arxiv.org/abs/1512.03385)", "(https://example.org/)"));

        var skipped = ModelIndexImporter.Import([card], content);
        var dated = ModelIndexImporter.Import([card], content, new ModelIndexOptions(Date: new DateOnly(2024, 3, 1)));

        Assert.Equal(2, skipped.Skipped.Count);
        Assert.All(skipped.Skipped, s => Assert.StartsWith("no date: the file names no paper; add the paper to papers/ with its date, or pass --date", s.Reason));
        Assert.Equal(2, dated.Imported);
        var results = File.ReadAllText(Path.Combine(content, "results", "model-index-imagenet.yaml"));
        Assert.Contains("    source:\n      title: \"resnet-50-card\"\n      date: 2024-03-01   # date given to the import with --date; check it\n", results);
        Assert.True(SiteBuilder.Validate(content).Succeeded);
    }

    [Fact]
    public void Hostile_names_become_plain_text_and_broken_yaml_is_reported_with_its_position()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        var hostile = temp.Write("hostile.yml", """
            Collections:
              - Name: X
                Paper: {Title: "<script>alert(1)</script>", URL: "https://arxiv.org/abs/2101.00001"}
                Metadata: {Training Data: ["[x](javascript:alert(1))", "<img src=x onerror=alert(1)>"]}
            Models:
              - Name: "<b>bold</b>"
                In Collection: X
                Weights: "javascript:alert(1)"
                Results:
                  - {Task: "Image <i>Classification</i>", Dataset: "Data](javascript:alert(1))", Metrics: {Score: 1.5}}
            """);
        var broken = temp.Write("broken.yml", "Models:\n  - Name: a\n    Results: [&anchor {Dataset: x}]\n");

        var report = ModelIndexImporter.Import([hostile], content);
        var error = Assert.Throws<ImportException>(() => ModelIndexImporter.Import([broken], content));

        Assert.Equal(1, report.Imported);
        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        foreach (var page in site.HtmlFiles().Select(f => site.Page(Path.GetRelativePath(site.Output, f))))
        {
            Assert.Empty(page.QuerySelectorAll("script:not([src]), b, i, img[onerror]"));
            Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        }
        Assert.Contains("broken.yml(3,15)", error.Message);
        Assert.Contains("PD", error.Message);
    }

    [Fact]
    public void A_cards_dataset_configuration_is_a_dataset_of_its_own()
    {
        using var temp = new TempDirectory();
        var card = temp.Write("card/README.md", """
            ---
            model-index:
              - name: bert-glue
                results:
                  - task: {type: text-classification}
                    dataset: {type: glue, name: GLUE, config: mrpc}
                    metrics: [{type: f1, value: 88.9}]
                  - task: {type: text-classification}
                    dataset: {type: glue, name: GLUE SST2, config: sst2}
                    metrics: [{type: accuracy, value: 93.5}]
            ---
            """);

        var entries = ModelIndexImporter.Read(card);

        Assert.Equal(["GLUE (mrpc)", "glue (mrpc)"], entries[0].Datasets);
        Assert.Equal(["GLUE SST2", "glue (sst2)"], entries[1].Datasets);

        // Into an empty site: a task, two datasets with their leaderboards, and results dated as told.
        var content = ImportSites.EmptyContent(temp);
        var report = ModelIndexImporter.Import([card], content, new ModelIndexOptions(Date: new DateOnly(2019, 6, 1)));
        Assert.Equal((2, 1, 2), (report.Imported, report.Tasks, report.Datasets));
        using var site = new BuiltSite(content);
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal("bert-glue", BuiltSite.Model(site.Page("dataset/glue-mrpc/text-classification/index.html").QuerySelector("table.leaderboard tbody tr")!));
    }

    [Theory]
    [InlineData("Top 1 Accuracy", "Top-1 Accuracy", "Top-1 Accuracy|Params")]
    [InlineData("Top 1 Accuracy", "Accuracy", "Accuracy")]
    [InlineData("top1", "Top-1 Accuracy", "Top-1 Accuracy|Top-5 Accuracy")]
    [InlineData("Accuracy", null, "Top-1 Accuracy|Balanced Accuracy|Acc")]
    [InlineData("Parameters", "Params", "Accuracy|Params")]
    [InlineData("BLEU", null, "Accuracy|Params")]
    public void Metric_names_match_by_their_letters_and_digits_then_by_synonym_when_only_one_metric_could_be_meant(string name, string? expected, string board)
    {
        var metrics = board.Split('|').Select(m => new ImportedMetric(m, null, true)).ToList();
        Assert.Equal(expected, NameKeys.Metric(metrics, name)?.Name);
    }

    [Theory]
    [InlineData("2201.03545", "2022-01-01")]
    [InlineData("0704.0001", "2007-04-01")]
    [InlineData("hep-th/9901001", "1999-01-01")]
    [InlineData("math.GT/0309136", "2003-09-01")]
    [InlineData("2213.00001", null)]
    [InlineData("not-an-id", null)]
    public void An_arxiv_id_gives_the_month_it_was_submitted(string id, string? date) =>
        Assert.Equal(date, ImportDate.FromArxiv(id)?.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("250", "k", "M", null, "0.25")]
    [InlineData("25557032", null, "M", 2, "25.56")]
    [InlineData("4457472768", null, "G", 2, "4.46")]
    [InlineData("1.2", "M", null, null, "1200000")]
    [InlineData("85.1", "%", "M", null, null)]
    public void Counts_move_between_multipliers_exactly_or_rounded_when_asked(string digits, string? from, string? to, int? decimals, string? expected) =>
        Assert.Equal(expected, UnitScale.Convert(new ParsedMetricValue(digits, from?.ToUpperInvariant()), to, decimals));

    [Fact]
    public void The_command_maps_names_and_prints_a_summary_and_refuses_a_bad_date()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        temp.Write("content/datasets/in1k.yaml", "name: ILSVRC\nleaderboards:\n  - task: image-classification\n    metrics:\n      - name: Top1\n        unit: \"%\"\n        higher_is_better: true\n");
        temp.Write("content/tasks/image-classification.yaml", "name: Image Classification\n");

        // Options before the file: a mapping must not swallow the file name.
        var (exit, _, stderr) = CliRunner.Run(null, "import", "model-index", "--dataset", "ImageNet-1k=in1k", "--metric", "Top 1 Accuracy=Top1",
            Metafile("mmpretrain-convnext.metafile.yml"), "--out", content);
        var (badExit, _, badStderr) = CliRunner.Run(null, "import", "model-index", Metafile("mmpretrain-convnext.metafile.yml"), "--date", "2022-13-01", "--out", content);

        Assert.True(exit == 0, stderr);
        var lines = CliRunner.Lines(stderr);
        Assert.Contains("imported 21 results (0 tasks, 0 datasets, 1 papers); skipped 0 rows", lines);
        Assert.Contains(lines, l => l.StartsWith("note: left out `Top 5 Accuracy`: not a metric of the leaderboard (21 rows; the first is mmpretrain-convnext.metafile.yml(23,9) convnext-tiny_32xb128_in1k / ImageNet-1k)", StringComparison.Ordinal));
        Assert.Contains("  - dataset: in1k\n", File.ReadAllText(Path.Combine(content, "results", "convnet-2022.yaml")));
        Assert.Equal(2, badExit);
        Assert.Contains("error: --date `2022-13-01` is not a YYYY-MM-DD date", badStderr);
    }
}
