using System.Text.Json;
using System.Text.RegularExpressions;
using Podium.Tests.Support;

namespace Podium.Tests.Docs;

/// <summary>
/// The README's <c>leaderboard.json</c> example is the sample site's real output for GPipe on
/// CIFAR-10: the same keys in the same order, and the same values wherever the example does not
/// shorten them with "…".
/// </summary>
public sealed partial class ReadmeJsonExampleTests(SampleSiteFixture fixture) : IClassFixture<SampleSiteFixture>
{
    [GeneratedRegex("```json\\n(\\{\\n  \"format\": \"podium-leaderboard/3\".*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex LeaderboardExample();

    [Fact]
    public void The_leaderboard_json_example_matches_the_sample_sites_output()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n");
        using var example = JsonDocument.Parse(LeaderboardExample().Match(readme).Groups[1].Value);
        using var real = JsonDocument.Parse(fixture.Site.Text("dataset/cifar-10/image-classification/leaderboard.json"));

        // The example shows one row: the real file's row with the same model.
        var exampleRow = example.RootElement.GetProperty("rows").EnumerateArray().Single();
        var model = exampleRow.GetProperty("model").GetString();
        var realRow = real.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("model").GetString() == model);

        Same("$", example.RootElement, real.RootElement, skip: "rows");
        Same("$.rows[0]", exampleRow, realRow);
    }

    private static void Same(string path, JsonElement example, JsonElement real, string? skip = null)
    {
        Assert.True(example.ValueKind == real.ValueKind, $"{path}: {example.ValueKind} in the README, {real.ValueKind} in the output");
        switch (example.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(real.EnumerateObject().Select(p => p.Name), example.EnumerateObject().Select(p => p.Name));
                foreach (var property in example.EnumerateObject().Where(p => p.Name != skip))
                {
                    Same($"{path}.{property.Name}", property.Value, real.GetProperty(property.Name));
                }
                break;
            case JsonValueKind.Array:
                var items = example.EnumerateArray().ToList();
                var realItems = real.EnumerateArray().ToList();
                for (var i = 0; i < items.Count; i++)
                {
                    // A last item "…" stands for the rest of the list.
                    if (i == items.Count - 1 && items[i].ValueKind == JsonValueKind.String && items[i].GetString() == "…") break;
                    Assert.True(i < realItems.Count, $"{path}: the README lists more items than the output");
                    Same($"{path}[{i}]", items[i], realItems[i]);
                }
                break;
            case JsonValueKind.String:
                // "…" shortens a value: what stands on each side of it must match the output's start and end.
                var parts = example.GetString()!.Split('…');
                var value = real.GetString()!;
                if (parts.Length == 1) Assert.True(parts[0] == value, $"{path}: `{parts[0]}` in the README, `{value}` in the output");
                else Assert.True(value.StartsWith(parts[0], StringComparison.Ordinal) && value.EndsWith(parts[^1], StringComparison.Ordinal),
                    $"{path}: `{example.GetString()}` in the README does not shorten `{value}`");
                break;
            default:
                Assert.True(example.GetRawText() == real.GetRawText(), $"{path}: {example.GetRawText()} in the README, {real.GetRawText()} in the output");
                break;
        }
    }
}
