using System.Text.Json;
using System.Text.Json.Nodes;
using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Schemas;

/// <summary>
/// The JSON Schemas in schemas/ give editors the content format's rules; these tests keep them in
/// step with <c>podium validate</c>: the sample content matches them, and each broken file of
/// <see cref="SchemaCases"/> is rejected by both, each valid variant accepted by both.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string[] SchemaFiles =
        ["site.schema.json", "task.schema.json", "dataset.schema.json", "results.schema.json", "paper.schema.json", "translation.schema.json"];

    public static TheoryData<string> InvalidNames() => new(SchemaCases.Invalid.Select(c => c.Name));

    public static TheoryData<string> ValidNames() => new(SchemaCases.Valid.Select(c => c.Name));

    // ---- The sample content ----------------------------------------------------------------

    [NodeFact]
    public void Every_sample_file_matches_its_schema()
    {
        var files = Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repo.Content, path).Replace('\\', '/'))
            .Where(relative => relative.Split('/').All(part => !part.StartsWith('.') && !part.StartsWith('_')))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(files.Count > 100, $"expected the sample content, found {files.Count} files");

        var problems = new List<string>();
        foreach (var group in files.GroupBy(SchemaCases.SchemaFor))
        {
            var run = SchemaRunner.Run(group.Key, group.Select(file => (file, ToJson(file, File.ReadAllText(Path.Combine(Repo.Content, file))))));
            problems.AddRange(run.SchemaProblems.Select(p => $"{group.Key}: {p}"));
            problems.AddRange(run.Verdicts.Values.Where(v => !v.Valid).Select(v => $"content/{v.Name}: {string.Join("; ", v.Errors)}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        ExternalTools.Report("json-schemas", $"json-schemas: {files.Count} content files match their schemas");
    }

    [Fact]
    public void Every_sample_yaml_file_starts_with_the_modeline_of_its_schema()
    {
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(Repo.Content, "*.yaml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Repo.Content, path).Replace('\\', '/');
            var up = string.Concat(Enumerable.Repeat("../", relative.Count(c => c == '/') + 1));
            var expected = $"# yaml-language-server: $schema={up}schemas/{SchemaCases.SchemaFor(relative)}";
            var first = File.ReadLines(path).FirstOrDefault()?.TrimStart('\uFEFF');
            if (first != expected) wrong.Add($"content/{relative}: `{first}`, expected `{expected}`");
            // The modeline is resolved relative to the file; it must land on the schema.
            if (!File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, up, "schemas", SchemaCases.SchemaFor(relative)))))
            {
                wrong.Add($"content/{relative}: the modeline does not reach schemas/");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    // ---- Schema and validator agree ------------------------------------------------------

    [Fact]
    public void The_baseline_site_is_valid()
    {
        using var temp = new TempDirectory();
        Assert.Empty(Validate(temp, null));
    }

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public void Validator_rejects_each_invalid_file(string name)
    {
        var @case = SchemaCases.Invalid.Single(c => c.Name == name);
        using var temp = new TempDirectory();
        var diagnostics = Validate(temp, @case);
        Assert.True(diagnostics.Any(d => d.File.EndsWith("content/" + @case.File, StringComparison.Ordinal)),
            $"podium validate accepts `{name}`:\n{@case.Text}\nother diagnostics: {string.Join("; ", diagnostics)}");
    }

    [NodeFact]
    public void Schema_rejects_each_invalid_file()
    {
        var accepted = Run(SchemaCases.Invalid).Where(v => v.Valid).Select(v => v.Name).ToList();
        Assert.True(accepted.Count == 0, "the schema accepts: " + string.Join(", ", accepted));
    }

    [Theory]
    [MemberData(nameof(ValidNames))]
    public void Validator_accepts_each_valid_variant(string name)
    {
        var @case = SchemaCases.Valid.Single(c => c.Name == name);
        using var temp = new TempDirectory();
        var diagnostics = Validate(temp, @case);
        Assert.True(diagnostics.Count == 0, $"podium validate rejects `{name}`: {string.Join("; ", diagnostics)}");
    }

    [NodeFact]
    public void Schema_accepts_the_baseline_and_each_valid_variant()
    {
        var baseline = SchemaCases.Baseline.Select(file => new SchemaCase("baseline " + file.Key, file.Key, file.Value));
        var rejected = Run([.. baseline, .. SchemaCases.Valid]).Where(v => !v.Valid).Select(v => $"{v.Name}: {string.Join("; ", v.Errors)}").ToList();
        Assert.True(rejected.Count == 0, "the schema rejects:\n" + string.Join("\n", rejected));
    }

    /// <summary>The known differences stay exactly as listed (and documented in the schemas' descriptions).</summary>
    [NodeFact]
    public void Known_differences_are_as_documented()
    {
        var verdicts = Run(SchemaCases.Differences.Select(d => d.Case)).ToDictionary(v => v.Name, StringComparer.Ordinal);
        var changed = new List<string>();
        foreach (var (@case, schemaAccepts, validatorAccepts) in SchemaCases.Differences)
        {
            using var temp = new TempDirectory();
            var validator = !Validate(temp, @case).Any(d => d.File.EndsWith("content/" + @case.File, StringComparison.Ordinal));
            if (verdicts[@case.Name].Valid != schemaAccepts || validator != validatorAccepts)
            {
                changed.Add($"{@case.Name} ({@case.Why}): schema {(verdicts[@case.Name].Valid ? "accepts" : "rejects")}, validator {(validator ? "accepts" : "rejects")}");
            }
        }
        Assert.True(changed.Count == 0, "a documented difference changed; update the schema, its description and SchemaCases.Differences:\n" + string.Join("\n", changed));
    }

    // ---- The schemas themselves ----------------------------------------------------------

    [Fact]
    public void Schemas_are_draft_2020_12_and_closed()
    {
        var problems = new List<string>();
        foreach (var file in SchemaFiles)
        {
            var schema = Load(file);
            if ((string?)schema["$schema"] != "https://json-schema.org/draft/2020-12/schema") problems.Add($"{file}: not draft 2020-12");
            foreach (var (path, node) in Walk(schema, ""))
            {
                if (node["properties"] is not JsonObject properties || IsCondition(path)) continue;
                // Every object with listed properties rejects others, as the validator reports unknown keys.
                if (node["additionalProperties"]?.GetValueKind() != JsonValueKind.False)
                {
                    problems.Add($"{file}{path}: properties without additionalProperties: false");
                }
                // Hover text for every field.
                problems.AddRange(properties.Where(p => p.Value?["description"] is null).Select(p => $"{file}{path}/properties/{p.Key}: no description"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Shared_definitions_are_the_same_in_every_schema()
    {
        // Each schema stands alone (editors load one file), so ids, dates and links are repeated.
        var seen = new Dictionary<string, (string File, JsonNode Definition)>(StringComparer.Ordinal);
        var different = new List<string>();
        foreach (var file in SchemaFiles)
        {
            foreach (var (name, definition) in Load(file)["$defs"]?.AsObject() ?? [])
            {
                if (!seen.TryAdd(name, (file, definition!)) && !JsonNode.DeepEquals(seen[name].Definition, definition))
                {
                    different.Add($"$defs/{name} differs between {seen[name].File} and {file}");
                }
            }
        }
        Assert.True(different.Count == 0, string.Join("\n", different));
        Assert.Contains("id", seen.Keys);
        Assert.Contains("date", seen.Keys);
        Assert.Contains("link", seen.Keys);
    }

    // ---- Helpers -------------------------------------------------------------------------

    /// <summary>The baseline site with <paramref name="case"/> written over (or next to) its files, checked by the validator library.</summary>
    private static IReadOnlyList<Diagnostic> Validate(TempDirectory temp, SchemaCase? @case)
    {
        foreach (var (file, text) in SchemaCases.Baseline) temp.Write("content/" + file, text + "\n");
        if (@case is not null) temp.Write("content/" + @case.File, @case.Text);
        return SiteBuilder.Validate(temp.Combine("content")).Diagnostics;
    }

    /// <summary>Ajv's verdict on each case, one Node process per schema.</summary>
    private static List<SchemaVerdict> Run(IEnumerable<SchemaCase> cases)
    {
        var verdicts = new List<SchemaVerdict>();
        foreach (var group in cases.GroupBy(c => c.Schema))
        {
            var run = SchemaRunner.Run(group.Key, group.Select(c => (c.Name, ToJson(c.File, c.Text))));
            Assert.True(run.SchemaProblems.Count == 0, $"{group.Key}: {string.Join("; ", run.SchemaProblems)}");
            verdicts.AddRange(group.Select(c => run.Verdicts[c.Name]));
        }
        return verdicts;
    }

    private static JsonNode? ToJson(string file, string text)
    {
        var schema = SchemaCases.SchemaFor(file);
        var markdown = schema is "paper.schema.json" or "translation.schema.json";
        // A summary in another language may leave out its front matter; a paper may not.
        return YamlToJson.Convert("content/" + file, text, frontMatter: markdown, frontMatterRequired: schema == "paper.schema.json");
    }

    /// <summary>True inside a condition (if, not, the has… definitions), where properties test values instead of describing fields.</summary>
    private static bool IsCondition(string path) =>
        path.Split('/').Any(part => part is "if" or "then" or "else" or "not" or "allOf" or "anyOf" or "oneOf" || part.StartsWith("has", StringComparison.Ordinal));

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaRunner.SchemaFolder, file)))!;

    private static IEnumerable<(string Path, JsonObject Node)> Walk(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return (path, obj);
                foreach (var (key, value) in obj)
                {
                    foreach (var inner in Walk(value, $"{path}/{key}")) yield return inner;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var inner in Walk(array[i], $"{path}/{i}")) yield return inner;
                }
                break;
        }
    }
}
