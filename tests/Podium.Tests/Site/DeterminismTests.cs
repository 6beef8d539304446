using System.Globalization;
using Podium.Tests.Support;
using Podium.Tests.Write;

namespace Podium.Tests.Site;

/// <summary>
/// Builds under other cultures. The culture is process-wide (<see cref="CultureInfo.DefaultThreadCurrentCulture"/>
/// reaches every thread-pool thread), so these tests run alone, after every parallel test: nothing
/// else is built or asserted while the culture is Turkish or German.
/// </summary>
[Collection(ProcessWideStateCollection.Name)]
public sealed class DeterminismTests
{
    [Fact]
    public void Runs_alone_because_it_changes_the_process_wide_culture()
    {
        var collection = typeof(DeterminismTests).GetCustomAttributesData().Single(a => a.AttributeType == typeof(CollectionAttribute));
        var definition = typeof(ProcessWideStateCollection).GetCustomAttributes(typeof(CollectionDefinitionAttribute), false).Cast<CollectionDefinitionAttribute>().Single();
        Assert.Equal(ProcessWideStateCollection.Name, collection.ConstructorArguments[0].Value);
        Assert.True(definition.DisableParallelization);
    }

    [Fact]
    public void Builds_are_byte_identical_across_cultures_and_file_order()
    {
        using var temp = new TempDirectory();
        var first = Build(Repo.Content, temp.Combine("a"), "de-DE");

        // The same content written in reverse order, so directory enumeration differs.
        var reversed = temp.Combine("content");
        foreach (var file in Directory.GetFiles(Repo.Content, "*", SearchOption.AllDirectories).OrderDescending(StringComparer.Ordinal))
        {
            var target = Path.Combine(reversed, Path.GetRelativePath(Repo.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        // The schemas beside the content folder are published too.
        Write.SiteWriterTests.CopyDirectory(Path.Combine(Repo.Root, "schemas"), temp.Combine("schemas"));
        var second = Build(reversed, temp.Combine("b"), "tr-TR");

        Assert.Equal(first, second);
    }

    private static SortedDictionary<string, string> Build(string content, string output, string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo(culture);
            var result = SiteBuilder.Build(new BuildOptions(content, Repo.Templates, output));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return SiteWriterTests.Snapshot(output);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved.Item1;
            CultureInfo.DefaultThreadCurrentCulture = saved.Item2;
        }
    }
}
