using CsCheck;

namespace Podium.Tests.Hostile;

/// <summary>
/// A change that must not change what a file means: its top-level keys in another order, and
/// comment lines and blank lines between them (in a paper, inside its front matter).
/// </summary>
/// <param name="Order">Sort keys for the top-level keys, in file order (missing ones keep their place); all zeros is no reordering.</param>
/// <param name="Comments">Comment lines to add: before which top-level key (modulo their count + 1) and the comment's text.</param>
internal sealed record HarmlessEdit(int FileIndex, int[] Order, (int At, string Text)[] Comments, int BlankLines)
{
    // Printable characters only: YAML does not allow control characters (nor a BOM) inside a document.
    private const string CommentAlphabet = "ab z09 .:-#[]{},|>&*!%@`'\"\t\\$^_~<>/=?+()\u00e9\u4e2d\u00a0\u200b\u202e";

    public static readonly Gen<HarmlessEdit> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, 4],
        CsCheck.Gen.Int[0, 9].Array[0, 8],
        CsCheck.Gen.Select(CsCheck.Gen.Int[0, 20], CsCheck.Gen.Char[CommentAlphabet].Array[0, 40].Select(a => new string(a))).Array[0, 3],
        CsCheck.Gen.Int[0, 2],
        (f, order, comments, blanks) => new HarmlessEdit(f, order, comments, blanks));

    public void ApplyTo(SiteFiles files)
    {
        var path = files.Paths[FileIndex % files.Paths.Count];
        var lines = files.Text(path).Split('\n').ToList();
        // A paper's YAML is its front matter, between the first two `---` lines.
        var (start, end) = path.EndsWith(".md", StringComparison.Ordinal) ? (1, lines.IndexOf("---", 1)) : (0, lines.Count);
        var yaml = lines[start..end];

        // Top-level blocks: a line that starts in column 1 and the indented lines under it.
        var blocks = new List<List<string>>();
        foreach (var line in yaml)
        {
            if (blocks.Count == 0 || (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] != '-')) blocks.Add([line]);
            else blocks[^1].Add(line);
        }
        var ordered = blocks.Select((b, i) => (Block: b, Key: i < Order.Length ? Order[i] : 0, Index: i))
            .OrderBy(x => x.Key).ThenBy(x => x.Index).Select(x => x.Block).ToList();
        foreach (var (at, text) in Comments.Reverse()) ordered.Insert(at % (ordered.Count + 1), ["# " + text]);
        for (var i = 0; i < BlankLines; i++) ordered.Insert(ordered.Count / 2, [""]);

        var rebuilt = ordered.SelectMany(b => b).ToList();
        files.Set(path, string.Join('\n', [.. lines[..start], .. rebuilt, .. lines[end..]]));
    }

    public override string ToString() =>
        $"file {FileIndex}: keys ordered by [{string.Join(", ", Order)}], comments {string.Join(", ", Comments.Select(c => $"{c.At}:{SiteFiles.Quote(c.Text)}"))}, {BlankLines} blank lines";
}
