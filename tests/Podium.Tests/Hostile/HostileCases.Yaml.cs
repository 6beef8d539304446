using System.Text;
using static Podium.Diagnostics.ErrorCodes;

namespace Podium.Tests.Hostile;

/// <summary>YAML structure the content format forbids, sizes over the limit, and bytes that are not UTF-8.</summary>
internal static partial class HostileCases
{
    private static IEnumerable<HostileCase> Yaml()
    {
        // YamlDotNet recurses per level and a stack overflow cannot be caught in .NET: the depth
        // check must run before it, in linear time.
        yield return Fails("yaml/flow-sequences-nested-10000-deep",
            s => s.Set(SiteFiles.Results, "paper: paper-a\nresults: " + Repeat("[", 10_000) + "\n"), NestingTooDeep);
        yield return Fails("yaml/flow-mappings-nested-10000-deep",
            s => s.Set(SiteFiles.Results, "paper: paper-a\nresults: " + Repeat("{a: ", 10_000) + "\n"), NestingTooDeep);
        yield return Fails("yaml/block-sequences-nested-10000-deep",
            s => s.Set(SiteFiles.Results, "paper: paper-a\nresults:\n  " + Repeat("- ", 10_000) + "x\n"), NestingTooDeep);
        yield return Fails("yaml/block-mappings-nested-1000-deep", s =>
        {
            // Each level is indented one more space; 1,000 levels stay under the size limit.
            var text = new StringBuilder("paper: paper-a\nresults:\n");
            for (var i = 1; i <= 1_000; i++) text.Append(' ', i).Append('k').Append(i).Append(":\n");
            s.Set(SiteFiles.Results, text.ToString());
        }, NestingTooDeep);
        yield return Fails("yaml/front-matter-nested-10000-deep",
            s => s.Replace(SiteFiles.Paper, "tags: [testing]", "tags: " + Repeat("[", 10_000)), NestingTooDeep);

        yield return new HostileCase("yaml/anchor-and-alias", s =>
        {
            s.Replace(SiteFiles.Results, "model: Model A", "model: &m Model A");
            s.Replace(SiteFiles.Results, "model: Model B", "model: *m");
        }, Expectation.Diagnostics(AnchorOrAlias) with { Count = 2 });
        yield return Fails("yaml/merge-key", s =>
        {
            s.Replace(SiteFiles.Results, "  - dataset: toy\n    model: Model A\n", "  - &first\n    dataset: toy\n    model: Model A\n");
            s.Replace(SiteFiles.Results, "  - dataset: toy\n    model: Model B\n", "  - <<: *first\n    model: Model B\n");
        }, MergeKey, AnchorOrAlias);
        yield return Fails("yaml/alias-bomb", s =>
        {
            // "Billion laughs": nine levels of ten aliases each would expand to 10^9 strings.
            var text = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var i = 1; i < 10; i++)
            {
                text.Append(FormattableString.Invariant($"a{i}: &a{i} [")).Append(string.Join(", ", Enumerable.Repeat(FormattableString.Invariant($"*a{i - 1}"), 10))).Append("]\n");
            }
            s.Set("results/laughs.yaml", text.ToString());
        }, AnchorOrAlias);
        yield return Fails("yaml/duplicate-key-in-a-result",
            s => s.Replace(SiteFiles.Results, "    model: Model A\n", "    model: Model A\n    model: Model Z\n"), DuplicateKey);
        yield return Fails("yaml/duplicate-key-in-site",
            s => s.Append(SiteFiles.Site, "title: Another Title\n"), DuplicateKey);
        yield return Fails("yaml/duplicate-metric-in-a-result",
            s => s.Replace(SiteFiles.Results, "      Params: 12\n", "      Params: 12\n      Accuracy: 99.9\n"), DuplicateKey);
        yield return Fails("yaml/standard-tag-str",
            s => s.Replace(SiteFiles.Results, "model: Model A", "model: !!str Model A"), TagNotAllowed);
        yield return Fails("yaml/custom-tags-on-scalar-and-mapping", s =>
        {
            s.Replace(SiteFiles.Results, "model: Model A", "model: !custom Model A");
            s.Replace(SiteFiles.Dataset, "leaderboards:", "leaderboards: !<tag:example.org,2024:list>");
        }, TagNotAllowed);
        yield return Fails("yaml/second-document",
            s => s.Append(SiteFiles.Results, "---\npaper: paper-a\nresults: []\n"), MultipleDocuments);
        yield return Fails("yaml/complex-key",
            s => s.Append(SiteFiles.Results, "? [a, b]\n: c\n"), WrongType);
        yield return Fails("yaml/tab-indentation",
            s => s.Replace(SiteFiles.Results, "    model: Model A", "\tmodel: Model A"), YamlSyntax);
        yield return Fails("yaml/unclosed-quote",
            s => s.Replace(SiteFiles.Results, "model: Model A", "model: \"Model A"), YamlSyntax);
        yield return Fails("yaml/file-is-a-list-not-a-mapping",
            s => s.Set(SiteFiles.Task, "- name: Classification\n"), WrongType);
        // Front matter starts on the file's second line: its values must be reported where they are
        // in the file, not where they are in the YAML block (line 4 here, the `date:` line).
        yield return new HostileCase("yaml/front-matter-error-on-its-own-line",
            s => s.Replace(SiteFiles.Paper, "date: 2020-01-15", "date: 2020-13-45"),
            Expectation.Diagnostics(InvalidDate) with { Line = 4 });
        yield return new HostileCase("yaml/front-matter-flow-list-on-its-own-line",
            s => s.Replace(SiteFiles.Paper, "title: Paper A", "title: [Paper, A]"),
            Expectation.Diagnostics(WrongType) with { Line = 2 });
        yield return Fails("yaml/front-matter-never-closed",
            s => s.Set(SiteFiles.Paper, "---\ntitle: Paper A\nauthors: [Ada]\ndate: 2020-01-15\n" + Repeat("x\n", 1_000)), FrontMatter);
    }

    private static IEnumerable<HostileCase> Sizes()
    {
        // The limit is checked from the file's length before it is read.
        yield return Fails("size/20-mb-results-file",
            s => s.SetBytes("results/huge.yaml", Filler("paper: paper-a\nresults:\n", 20 * 1024 * 1024)), FileTooLarge);
        yield return Fails("size/20-mb-paper-file",
            s => s.SetBytes(SiteFiles.Paper, Filler(s.Text(SiteFiles.Paper), 20 * 1024 * 1024)), FileTooLarge);
        yield return Fails("size/one-byte-over-the-limit",
            s => s.SetBytes("results/big.yaml", Filler("paper: paper-a\n", Podium.Load.Limits.MaxFileBytes + 1)), FileTooLarge);
    }

    private static IEnumerable<HostileCase> Encoding()
    {
        yield return Fails("encoding/invalid-utf8-byte", s => s.SetBytes(SiteFiles.Results,
            [.. System.Text.Encoding.UTF8.GetBytes("paper: paper-a\nresults:\n  - model: Caf"), 0xC3, 0x28, (byte)'\n']), UnreadableFile);
        yield return Fails("encoding/utf8-sequence-cut-at-the-end", s => s.SetBytes(SiteFiles.Task,
            [.. System.Text.Encoding.UTF8.GetBytes("name: Caf"), 0xC3]), UnreadableFile);
        yield return Fails("encoding/overlong-utf8-slash", s => s.SetBytes(SiteFiles.Task,
            [.. System.Text.Encoding.UTF8.GetBytes("name: a"), 0xC0, 0xAF, (byte)'b']), UnreadableFile);
        yield return Fails("encoding/utf16-with-bom",
            s => s.SetBytes(SiteFiles.Task, System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes("name: Classification\n")).ToArray()),
            UnreadableFile);
        // YAML escapes can produce characters the YAML text itself may not hold, and that XML
        // (feeds, SVG) cannot carry at all.
        yield return new HostileCase("encoding/control-character-escapes-in-text-fields", s =>
        {
            s.Replace(SiteFiles.Results, "model: Model A", "model: \"Model\\x01A\\u0007\\e[31m\"");
            s.Replace(SiteFiles.Results, "title: Source B", "title: \"Source\\0B\\x0B\\x7F\"");
            s.Replace(SiteFiles.Site, "title: Hostile Test Site", "title: \"Hostile\\bTest\\x1FSite\"");
        }, Expectation.Diagnostics(InvalidValue) with { Count = 3, Says = "contains the character U+0001" });
        yield return new HostileCase("encoding/noncharacter-escapes-in-text-fields", s =>
        {
            s.Replace(SiteFiles.Results, "model: Model A", "model: \"Model A\\uFFFE\"");
            s.Replace(SiteFiles.Paper, "tags: [testing]", "tags: [\"\\U0010FFFF\"]");
        }, Expectation.Diagnostics(InvalidValue) with { Count = 2, Says = "contains the character U+FFFE" });
        yield return Fails("encoding/lone-surrogate-escape",
            s => s.Replace(SiteFiles.Results, "model: Model A", "model: \"Model \\uD800 A\\uDFFF\""), YamlSyntax);
        yield return Safe("encoding/raw-control-characters-in-markdown",
            s => s.Append(SiteFiles.Paper, "Bell\u0007 tab\u000B form\u000C del\u007F nel\u0085 nonchar\uFFFE\n"));
        yield return Fails("encoding/raw-nul-and-escape-bytes-in-yaml",
            s => s.Replace(SiteFiles.Results, "model: Model A", "model: Model\0A\u001b[31m"), YamlSyntax);
    }

    /// <summary><paramref name="head"/> followed by comment lines up to <paramref name="size"/> bytes.</summary>
    private static byte[] Filler(string head, int size)
    {
        var bytes = new byte[size];
        bytes.AsSpan().Fill((byte)'#');
        var headBytes = System.Text.Encoding.UTF8.GetBytes(head);
        headBytes.CopyTo(bytes, 0);
        for (var i = headBytes.Length + 79; i < size; i += 80) bytes[i] = (byte)'\n';
        return bytes;
    }
}
