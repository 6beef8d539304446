using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Podium.Tests.Support;

namespace Podium.Tests.Schemas;

/// <summary>The verdict of Ajv on one document.</summary>
internal sealed record SchemaVerdict(string Name, bool Valid, IReadOnlyList<string> Errors);

/// <summary>What one run of validate-schema.mjs reports: problems in the schema itself and a verdict per document.</summary>
internal sealed record SchemaRun(IReadOnlyList<string> SchemaProblems, IReadOnlyDictionary<string, SchemaVerdict> Verdicts);

/// <summary>Runs validate-schema.mjs (Ajv, draft 2020-12) once for a batch of documents and one schema.</summary>
internal static class SchemaRunner
{
    public static string SchemaFolder => Path.Combine(Repo.Root, "schemas");

    private static string Script => Path.Combine(Repo.Root, "tests", "Podium.Tests", "Schemas", "validate-schema.mjs");

    public static SchemaRun Run(string schemaFile, IEnumerable<(string Name, JsonNode? Data)> documents)
    {
        var input = new JsonArray();
        foreach (var (name, data) in documents) input.Add(new JsonObject { ["name"] = name, ["data"] = data?.DeepClone() });

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The script resolves ajv from the working folder's node_modules.
            WorkingDirectory = Repo.Root,
        };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(Path.Combine(SchemaFolder, schemaFile));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input.ToJsonString());
        process.StandardInput.Close();
        process.WaitForExit();
        var json = stdout.Result;
        Assert.True(process.ExitCode == 0 && json.StartsWith('{'),
            $"validate-schema.mjs failed (exit {process.ExitCode}); is ajv installed (`npm ci`)? {stderr.Result}");

        using var report = JsonDocument.Parse(json);
        var problems = report.RootElement.GetProperty("schemaProblems").EnumerateArray().Select(p => p.GetString()!).ToList();
        var verdicts = report.RootElement.GetProperty("results").EnumerateArray()
            .Select(r => new SchemaVerdict(
                r.GetProperty("name").GetString()!,
                r.GetProperty("valid").GetBoolean(),
                r.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList()))
            .ToDictionary(v => v.Name, StringComparer.Ordinal);
        return new SchemaRun(problems, verdicts);
    }
}
