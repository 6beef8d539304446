using Podium.Tests.Support;

namespace Podium.Tests.Write;

public sealed class SiteWriterTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var good = SiteBuilder.Build(new BuildOptions(Repo.Fixture("valid", "ranking") + "/content", Repo.Templates, output));
        Assert.True(good.Succeeded);
        var before = Snapshot(output);

        var bad = SiteBuilder.Build(new BuildOptions(Repo.Fixture("invalid", "references") + "/content", Repo.Templates, output));

        Assert.False(bad.Succeeded);
        Assert.Equal(before, Snapshot(output));
        Assert.Empty(Directory.GetDirectories(temp.Path, ".site.*"));
    }

    [Fact]
    public void A_broken_template_fails_the_build_with_the_template_named_and_keeps_the_site()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("site");
        var templates = temp.Combine("templates");
        CopyDirectory(Repo.Templates, templates);
        Assert.True(SiteBuilder.Build(new BuildOptions(Repo.Fixture("valid", "ranking") + "/content", templates, output)).Succeeded);
        var before = Snapshot(output);
        File.AppendAllText(Path.Combine(templates, "paper.sbn-html"), "\n<p>{{ no_such_field }}</p>\n");

        var result = SiteBuilder.Build(new BuildOptions(Repo.Fixture("valid", "ranking") + "/content", templates, output));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PD0901", diagnostic.Code);
        Assert.Equal("templates/paper.sbn-html", diagnostic.File);
        Assert.Equal(File.ReadAllLines(Path.Combine(templates, "paper.sbn-html")).Length, diagnostic.Position.Line);
        Assert.Contains("no_such_field", diagnostic.Message);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_it_did_not_build()
    {
        using var temp = new TempDirectory();
        var output = temp.Combine("precious");
        temp.Write("precious/notes.txt", "keep me");

        var result = SiteBuilder.Build(new BuildOptions(Repo.Fixture("valid", "ranking") + "/content", Repo.Templates, output));

        Assert.Equal("PD0902", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(output, "notes.txt")));
    }

    internal static SortedDictionary<string, string> Snapshot(string folder) => new(
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
