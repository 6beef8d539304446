using System.Text.Json;
using Podium.Import;
using Podium.Import.ModelIndex;
using Podium.Import.Pwc;
using Podium.Tests.Support;

namespace Podium.Tests.Import;

/// <summary>
/// Regressions from a review of the importers: unusual input must never crash an import or make it
/// write a file `validate` refuses, and a second import of the same input must write nothing.
/// </summary>
public sealed class ImportRobustnessTests
{
    private static object Row(string model, string? title = "A Paper", string? url = "https://example.org/a.pdf", string? date = "2020-01-05",
        Dictionary<string, object>? metrics = null) => new Dictionary<string, object?>
    {
        ["model_name"] = model, ["paper_title"] = title, ["paper_url"] = url, ["paper_date"] = date,
        ["metrics"] = metrics ?? new Dictionary<string, object> { ["Accuracy"] = "90.1" },
    };

    private static string Archive(TempDirectory temp, string name, params object[] datasets) =>
        temp.Write(name, JsonSerializer.Serialize(new[] { new { task = "Task \u0001 one", datasets } }));

    private static object Dataset(string name, string[] metrics, params object[] rows) =>
        new { dataset = name, description = new string('d', 25_000), sota = new { metrics, rows } };

    private static void AssertValidAndStable(string content, Func<ImportReport> import)
    {
        var validation = SiteBuilder.Validate(content);
        Assert.True(validation.Succeeded, string.Join("\n", validation.Diagnostics));
        var again = import();
        Assert.True(again.Files.Written.Count == 0, "written again: " + string.Join(", ", again.Files.Written));
        Assert.Empty(again.Files.Kept);
    }

    [Fact]
    public void Unusual_archive_rows_import_into_files_that_validate_and_a_second_import_writes_nothing()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        var longMetric = new string('m', 150);
        var archive = Archive(temp, "odd\nname.json",
            // A paper whose id (pwc-2020) is the name of the dataset's source-results file: this crashed the writer.
            Dataset("2020", ["Accuracy"],
                Row("A", title: null, url: "https://example.com/x", date: "2020-03-03"),
                Row("B", title: "PWC rocks", url: "https://example.com/y", date: "2020-05-05"),
                Row("C", title: "PWC rocks", url: "https://example.com/y", date: "2020-06-06")),
            Dataset("Names " + new string('n', 600), ["Accuracy", "Accuracy ", "", longMetric],
                // Case and NFC twins are one name to the validator; the second is numbered.
                Row("ResNet-50", metrics: new() { ["Accuracy"] = "90.1" }),
                Row("resnet-50", metrics: new() { ["Accuracy"] = "90.2" }),
                Row("Caf\u00e9", metrics: new() { ["Accuracy"] = "80.1" }),
                Row("Cafe\u0301", metrics: new() { ["Accuracy"] = "80.2" }),
                // Characters text cannot hold, in the model and the title.
                Row("Ctl\u0001Net\uFFFE", title: "Title \u0002 with\ttab", metrics: new() { ["Accuracy "] = "70.5", [""] = "1", [longMetric] = "3" }),
                // Links the format refuses are dropped, not written.
                Row("Quoted", title: "Quoted link", url: "https://example.org/\"x\"", metrics: new() { ["Accuracy"] = "60.0" }),
                Row("Old arXiv", title: "Old style", url: "https://arxiv.org/abs/HEP-TH/9901001", metrics: new() { ["Accuracy"] = "50.0" }),
                Row("Huge", metrics: new() { ["Accuracy"] = "12345678901234567890123456789" }),
                Row(new string('x', 498), metrics: new() { ["Accuracy"] = "10.0" }),
                Row(new string('x', 498), metrics: new() { ["Accuracy"] = "11.0" })));

        var report = PwcImporter.Import(archive, content);

        Assert.Contains(report.Skipped, s => s.Reason.Contains("more than 28 digits", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Reason.Contains("too long to number", StringComparison.Ordinal));
        Assert.Equal(11, report.Imported);
        AssertValidAndStable(content, () => PwcImporter.Import(archive, content));
        Assert.StartsWith("# Imported from Papers with Code (odd name.json, CC-BY-SA-4.0)", File.ReadAllText(Directory.GetFiles(Path.Combine(content, "tasks"))[0]));
    }

    [Fact]
    public void Model_index_units_small_counts_versioned_arxiv_ids_and_links_at_the_end_of_a_sentence()
    {
        using var temp = new TempDirectory();
        var content = ImportSites.EmptyContent(temp);
        temp.Write("content/papers/known-2021.md", "---\ntitle: Known\nauthors: [A. Author]\ndate: 2021-01-03\narxiv: \"2101.00001v2\"\n---\n");
        var metafile = temp.Write("m.yml", """
            Models:
              - Name: tiny
                Paper: {Title: Renamed in the metafile, URL: "https://arxiv.org/abs/2101.00001"}
                Metadata: {FLOPs: 12, Parameters: 1200}
                Results:
                  - {Task: Image Classification, Dataset: Pets, Metrics: {Top 1 Accuracy: 85.1%}}
            """);
        var card = temp.Write("card/README.md", "---\nmodel-index:\n  - name: carded\n    results:\n      - task: {type: image-classification}\n        dataset: {type: pets, name: Pets}\n        metrics: [{type: accuracy, value: 84.0%}]\n---\nSee https://arxiv.org/abs/2101.00002.\n");

        var report = ModelIndexImporter.Import([metafile, card], content);

        Assert.Equal(2, report.Imported);
        Assert.Equal(0, report.Papers); // the metafile's paper is known-2021, whatever its version and title
        var dataset = File.ReadAllText(Directory.GetFiles(Path.Combine(content, "datasets"))[0]);
        Assert.Contains("      - name: Top 1 Accuracy\n        unit: \"%\"\n", dataset);
        Assert.Contains("# a count: lower is better", dataset);
        var results = File.ReadAllText(Path.Combine(content, "results", "known-2021.yaml"));
        Assert.Contains("      FLOPs: 0.000000012\n", results); // 12 FLOPs in G keeps its digits rather than becoming 0
        Assert.Contains("      Params: 0.0012\n", results);
        Assert.Contains("url: \"https://arxiv.org/abs/2101.00002\"", File.ReadAllText(Path.Combine(content, "results", "model-index-pets.yaml")));
        AssertValidAndStable(content, () => ModelIndexImporter.Import([metafile, card], content));
    }

    [Fact]
    public void A_card_with_unclosed_front_matter_says_so()
    {
        using var temp = new TempDirectory();
        var card = temp.Write("README.md", "---\nmodel-index: []\n");

        var error = Assert.Throws<ImportException>(() => ModelIndexImporter.Read(card));

        Assert.Contains("the front matter is not closed", error.Message);
    }
}
