using Podium.Diagnostics;
using Podium.Load;
using Podium.Tests.Support;

namespace Podium.Tests.Load;

public sealed class ContentLoaderTests
{
    [Fact]
    public void Reads_bom_and_crlf_files_and_ignores_dot_and_underscore_names()
    {
        using var temp = new TempDirectory();
        File.WriteAllBytes(temp.Combine("site.yaml"), [0xEF, 0xBB, 0xBF, .. "title: T\r\nbase_url: https://e.org/\r\n"u8.ToArray()]);
        temp.Write("_drafts/x.txt", "ignored");
        temp.Write(".github/y.txt", "ignored");
        temp.Write("tasks/_notes.md", "ignored");
        var bag = new DiagnosticBag();

        var files = ContentLoader.Load(temp.Path, bag);

        Assert.False(bag.HasErrors, string.Join("\n", bag.ToSortedList()));
        var site = Assert.Single(files);
        Assert.Equal("title: T\nbase_url: https://e.org/\n", site.Source.Text);
    }

    [Fact]
    public void Reports_every_misplaced_file_bad_id_and_oversized_or_non_utf8_file()
    {
        using var temp = new TempDirectory();
        var root = Path.GetFileName(temp.Path);
        temp.Write("site.yaml", "title: T\nbase_url: https://e.org/\n");
        temp.Write("readme.txt", "x");
        temp.Write("tasks/nested/a.yaml", "name: A\n");
        temp.Write("tasks/Upper.yaml", "name: A\n");
        temp.Write("tasks/b.yml", "name: B\n");
        temp.Write("papers/x.not a tag.md", "x");
        temp.Write("results/big.yaml", new string('#', Limits.MaxFileBytes + 1));
        File.WriteAllBytes(temp.Combine("results", "latin1.yaml"), [0x61, 0x3A, 0x20, 0xE9, 0x0A]);
        var bag = new DiagnosticBag();

        ContentLoader.Load(temp.Path, bag);

        var found = bag.ToSortedList().Select(d => $"{d.File} {d.Code}").ToList();
        Assert.Equal(
        [
            $"{root}/papers/x.not a tag.md PD0116",
            $"{root}/readme.txt PD0003",
            $"{root}/results/big.yaml PD0002",
            $"{root}/results/latin1.yaml PD0001",
            $"{root}/tasks/Upper.yaml PD0004",
            $"{root}/tasks/b.yml PD0003",
            $"{root}/tasks/nested PD0003",
        ], found);
    }

    [Fact]
    public void Symbolic_links_are_refused_and_never_read()
    {
        using var temp = new TempDirectory();
        var secret = temp.Write("outside/secret.md", "---\ntitle: SECRET TOKEN\n---\n");
        var content = temp.Combine("content");
        temp.Write("content/site.yaml", "title: T\nbase_url: https://e.org/\n");
        Directory.CreateDirectory(temp.Combine("content", "papers"));
        File.CreateSymbolicLink(temp.Combine("content", "papers", "leak.md"), secret);
        Directory.CreateSymbolicLink(temp.Combine("content", "results"), temp.Combine("outside"));
        var bag = new DiagnosticBag();

        var files = ContentLoader.Load(content, bag);

        var errors = bag.ToSortedList().Select(d => $"{d.File} {d.Code}").ToList();
        Assert.Equal(["content/papers/leak.md PD0003", "content/results PD0003"], errors);
        Assert.Contains("symbolic link", bag.ToSortedList()[0].Message);
        Assert.DoesNotContain(files, f => f.Source.Text.Contains("SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_folder_and_missing_site_file_are_errors()
    {
        using var temp = new TempDirectory();
        var bag = new DiagnosticBag();
        ContentLoader.Load(temp.Combine("nope"), bag);
        Assert.Equal("PD0007", Assert.Single(bag.ToSortedList()).Code);

        bag = new DiagnosticBag();
        ContentLoader.Load(temp.Path, bag);
        Assert.Equal("PD0006", Assert.Single(bag.ToSortedList()).Code);
    }
}
