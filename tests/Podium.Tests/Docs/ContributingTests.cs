using System.Text.RegularExpressions;
using Podium.Diagnostics;
using Podium.Tests.Support;

namespace Podium.Tests.Docs;

/// <summary>CONTRIBUTING.md documents every error code, and only codes that exist.</summary>
public sealed partial class ContributingTests
{
    private static readonly string Text = File.ReadAllText(Path.Combine(Repo.Root, "CONTRIBUTING.md"));

    /// <summary>A row of an error-code table: <c>| PD0204 | meaning | example | fix |</c>.</summary>
    [GeneratedRegex(@"^\| (PD\d{4}) \|(.*)$", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\bPD\d{4}\b")]
    private static partial Regex AnyCode();

    /// <summary>An error line as the validator prints it: <c>path(line,col): error PDxxxx: message</c>.</summary>
    [GeneratedRegex(@"^`` (\S+\(\d+,\d+\): error (PD\d{4}): .+) ``$")]
    private static partial Regex ExampleLine();

    private static Dictionary<string, string> Rows() =>
        TableRow().Matches(Text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    [Fact]
    public void Every_error_code_has_a_row()
    {
        var rows = Rows();
        var missing = ErrorCodes.Descriptions.Keys.Where(code => !rows.ContainsKey(code)).ToList();
        Assert.True(missing.Count == 0, "CONTRIBUTING.md has no table row for " + string.Join(", ", missing));
    }

    [Fact]
    public void No_unknown_code_is_mentioned()
    {
        var unknown = AnyCode().Matches(Text).Select(m => m.Value)
            .Where(code => !ErrorCodes.Descriptions.ContainsKey(code)).Distinct().ToList();
        Assert.True(unknown.Count == 0, "CONTRIBUTING.md mentions codes that ErrorCodes does not define: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Each_row_has_an_example_line_with_its_own_code_and_a_fix()
    {
        var rows = TableRow().Matches(Text).Select(m => (Code: m.Groups[1].Value, Cells: m.Groups[2].Value)).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r.Code).Distinct().Count());
        foreach (var (code, row) in rows)
        {
            var cells = row.Split(" | ");
            Assert.True(cells.Length == 3, $"{code}: expected meaning, example and fix cells, found {cells.Length}");
            var example = ExampleLine().Match(cells[1].Trim());
            Assert.True(example.Success, $"{code}: the example is not an error line in the validator's format: {cells[1]}");
            Assert.Equal(code, example.Groups[2].Value);
            Assert.False(string.IsNullOrWhiteSpace(cells[0].Trim()), $"{code}: meaning is empty");
            Assert.False(string.IsNullOrWhiteSpace(cells[2].TrimEnd('|').Trim()), $"{code}: fix is empty");
        }
    }

    [Fact]
    public void Links_to_the_content_format()
    {
        Assert.Contains("](content/_CONTENT-FORMAT.md)", Text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repo.Root, "content", "_CONTENT-FORMAT.md")));
    }
}
