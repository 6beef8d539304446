using System.Text;
using static Podium.Diagnostics.ErrorCodes;

namespace Podium.Tests.Hostile;

/// <summary>
/// File names and id references that are not ids. Output paths come from ids, so each of these
/// must stop at a diagnostic; the shared checks also make sure nothing lands outside the output folder.
/// </summary>
internal static partial class HostileCases
{
    private static IEnumerable<HostileCase> Ids()
    {
        var copy = SiteFiles.Valid().Text(SiteFiles.Results);

        yield return Fails("ids/upper-case-CON-file", s => s.Set("results/CON.yaml", copy), InvalidId);
        yield return new HostileCase("ids/windows-device-names", s =>
        {
            s.Set("results/con.yaml", copy);
            s.Set("tasks/aux.yaml", "name: Aux\n");
            s.Set("datasets/lpt1.yaml", s.Text(SiteFiles.Dataset));
            s.Set("papers/nul.md", s.Text(SiteFiles.Paper));
        }, Expectation.Diagnostics(InvalidId) with { Count = 4, Says = "reserved device name" });
        // Linux allows 255 bytes per name; 250 characters and the extension is the longest name that can exist.
        yield return Fails("ids/250-character-file-name", s => s.Set($"results/{Repeat("a", 250)}.yaml", copy), InvalidId);
        yield return new HostileCase("ids/300-character-reference",
            s => s.Replace(SiteFiles.Results, "paper: paper-a", $"paper: {Repeat("p", 300)}"),
            Expectation.Diagnostics(InvalidId) with { Says = "at most 80 characters" });
        yield return Fails("ids/space-in-file-name", s => s.Set("papers/paper b.md", s.Text(SiteFiles.Paper)), InvalidId);
        yield return Fails("ids/Foo-and-foo", s =>
        {
            s.Set("tasks/Foo.yaml", "name: Foo\n");
            s.Set("tasks/foo.yaml", "name: Foo\n");
        }, InvalidId);
        yield return new HostileCase("ids/cafe-in-nfc-and-nfd", s =>
        {
            s.Set("datasets/" + "café".Normalize(NormalizationForm.FormC) + ".yaml", s.Text(SiteFiles.Dataset));
            s.Set("datasets/" + "café".Normalize(NormalizationForm.FormD) + ".yaml", s.Text(SiteFiles.Dataset));
        }, Expectation.Diagnostics(InvalidId) with { Count = 2, Says = "`cafe`" });
        // Language tags are matched ignoring case, so these two are one summary twice.
        yield return Fails("ids/language-tags-differing-in-case", s =>
        {
            s.Set("papers/paper-a.zh.md", "---\ntitle: 论文\n---\n摘要。\n");
            s.Set("papers/paper-a.ZH.md", "---\ntitle: 论文\n---\n摘要。\n");
        }, DuplicateId);
        yield return Fails("ids/newline-and-quote-in-file-name", s => s.Set("results/a\nb\".yaml", copy), InvalidId);
        yield return Fails("ids/unexpected-files-and-folders", s =>
        {
            s.Set("results/sub/evil.yaml", copy);
            s.Set("index.html", "<script>alert(1)</script>");
            s.Set("papers/paper-b.html", "<p>hi</p>");
        }, UnexpectedFile);

        yield return new HostileCase("ids/references-that-leave-the-folder", s =>
        {
            s.Replace(SiteFiles.Results, "paper: paper-a", "paper: ../x");
            s.Replace(SiteFiles.Results, "  - dataset: toy\n    model: Model B", "  - dataset: '..\\x'\n    model: Model B");
            s.Replace(SiteFiles.Results, "    model: Model A\n", "    model: Model A\n    task: a/b\n");
            s.Replace(SiteFiles.Dataset, "introduced_by: paper-a", "introduced_by: \"a\\0b\"");
            s.Replace(SiteFiles.Dataset, "- task: classification", "- task: /etc/passwd");
            s.Append(SiteFiles.Task, "parent: ../../x/index.html\n");
        }, Expectation.Diagnostics(InvalidId) with { Count = 6 });
        yield return Fails("ids/unknown-ids", s =>
        {
            s.Replace(SiteFiles.Results, "  - dataset: toy\n    model: Model B", "  - dataset: toys\n    model: Model B");
            s.Replace(SiteFiles.Results, "paper: paper-a", "paper: paper-b");
            s.Append(SiteFiles.Task, "parent: vision\n");
        }, UnknownTask, UnknownDataset, UnknownPaper);
    }
}
