using System.Globalization;
using Podium.Tests.Support;
using Podium.Tests.Write;

namespace Podium.Tests.Site;

public sealed class DeterminismTests
{
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
