using Podium.Tests.Cli;
using Podium.Tests.Support;

namespace Podium.Tests.Diff;

/// <summary>Copies of the sota fixture's content to change, and the changes the diff tests make.</summary>
public static class DiffSites
{
    public static string SotaContent => Path.Combine(Repo.Fixture("valid", "sota"), "content");

    /// <summary>A copy of the sota fixture's content in <paramref name="temp"/>/<paramref name="name"/>/content.</summary>
    public static string Copy(TempDirectory temp, string name)
    {
        var content = temp.Combine(name, "content");
        CliRunner.CopyFolder(SotaContent, content);
        return content;
    }

    /// <summary>
    /// Adds paper z-2020 with a record-breaking result (error rate 1.5, the best was 2.5) and
    /// changes Net B's error rate from 6.00 to 2.0.
    /// </summary>
    public static void AddRecordAndChangeValue(string content)
    {
        File.WriteAllText(Path.Combine(content, "papers", "z-2020.md"), "---\ntitle: Paper Z\nauthors: [Zed]\ndate: 2020-01-01\n---\n");
        File.WriteAllText(Path.Combine(content, "results", "z-2020.yaml"),
            "paper: z-2020\nresults:\n  - dataset: digits\n    model: Net Z\n    metrics: { Error rate: 1.5 }\n");
        var results = Path.Combine(content, "results", "results.yaml");
        FileEdit.ReplaceOnce(results, "Error rate: 6.00 }", "Error rate: 2.0 }");
    }
}
