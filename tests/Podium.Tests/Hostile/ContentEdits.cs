using System.Globalization;
using System.Text;
using CsCheck;

namespace Podium.Tests.Hostile;

/// <summary>
/// One change to one file of <see cref="SiteFiles.Valid"/>, of the kinds a careless or hostile pull
/// request makes, and the CsCheck generators that make them. Positions are plain integers taken
/// modulo the file's size, so shrinking moves them towards the start of the file, and texts shrink
/// towards the empty string: a failure is reported with the smallest edit that still breaks.
/// </summary>
internal abstract record ContentEdit(int FileIndex)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The file this edit changes, of the five of the valid site.</summary>
    public string File(SiteFiles files) => files.Paths[FileIndex % files.Paths.Count];

    public abstract void ApplyTo(SiteFiles files);

    protected static string Lines(string text, Func<List<string>, List<string>> change) => string.Join('\n', change([.. text.Split('\n')]));

    protected static string Show(string text) => SiteFiles.Quote(text);

    public sealed record ReplaceText(int FileIndex, string Text) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files) => files.Set(File(files), Text);
        public override string ToString() => $"file {FileIndex} replaced by {Show(Text)}";
    }

    public sealed record InsertText(int FileIndex, int At, string Text) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files)
        {
            var text = files.Text(File(files));
            files.Set(File(files), text.Insert(At % (text.Length + 1), Text));
        }

        public override string ToString() => $"file {FileIndex}: {Show(Text)} inserted at char {At}";
    }

    public sealed record InsertBytes(int FileIndex, int At, byte[] Bytes) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files)
        {
            var bytes = files.Bytes(File(files));
            var at = At % (bytes.Length + 1);
            files.SetBytes(File(files), [.. bytes[..at], .. Bytes, .. bytes[at..]]);
        }

        public override string ToString() => $"file {FileIndex}: bytes {Convert.ToHexString(Bytes)} inserted at byte {At}";
    }

    public sealed record Truncate(int FileIndex, int At) : ContentEdit(FileIndex)
    {
        // Cuts anywhere, inside a multi-byte character too.
        public override void ApplyTo(SiteFiles files)
        {
            var bytes = files.Bytes(File(files));
            files.SetBytes(File(files), bytes[..(At % (bytes.Length + 1))]);
        }

        public override string ToString() => $"file {FileIndex} cut at byte {At}";
    }

    public sealed record DeleteLine(int FileIndex, int Line) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files) =>
            files.Set(File(files), Lines(files.Text(File(files)), l => { l.RemoveAt(Line % l.Count); return l; }));

        public override string ToString() => $"file {FileIndex}: line {Line} deleted";
    }

    public sealed record DuplicateLine(int FileIndex, int Line) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files) =>
            files.Set(File(files), Lines(files.Text(File(files)), l => { l.Insert(Line % l.Count, l[Line % l.Count]); return l; }));

        public override string ToString() => $"file {FileIndex}: line {Line} duplicated";
    }

    public sealed record SwapLines(int FileIndex, int A, int B) : ContentEdit(FileIndex)
    {
        public override void ApplyTo(SiteFiles files) =>
            files.Set(File(files), Lines(files.Text(File(files)), l => { (l[A % l.Count], l[B % l.Count]) = (l[B % l.Count], l[A % l.Count]); return l; }));

        public override string ToString() => $"file {FileIndex}: lines {A} and {B} swapped";
    }

    public sealed record ReplaceValue(int FileIndex, int Line, string Value) : ContentEdit(FileIndex)
    {
        // The value after the first `: ` of a line (a key's scalar), replaced.
        public override void ApplyTo(SiteFiles files) =>
            files.Set(File(files), Lines(files.Text(File(files)), l =>
            {
                var keyed = Enumerable.Range(0, l.Count).Where(i => l[i].Contains(": ", StringComparison.Ordinal)).ToList();
                if (keyed.Count == 0) return l;
                var at = keyed[Line % keyed.Count];
                l[at] = l[at][..(l[at].IndexOf(": ", StringComparison.Ordinal) + 2)] + Value;
                return l;
            }));

        public override string ToString() => $"file {FileIndex}: value of keyed line {Line} replaced by {Show(Value)}";
    }

    /// <summary>What every edit applied to the valid site gives, file by file, for a failure message.</summary>
    public static string Describe(IReadOnlyList<ContentEdit> edits)
    {
        var files = SiteFiles.Valid();
        foreach (var edit in edits) edit.ApplyTo(files);
        var changed = edits.Select(e => e.File(files)).Distinct();
        var sb = new StringBuilder(string.Join("; ", edits.Select(e => $"{e} ({e.File(files)})")));
        foreach (var path in changed)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n--- {path} ---\n").Append(Utf8.GetString(files.Bytes(path)));
        }
        return sb.ToString();
    }
}

/// <summary>CsCheck generators of content text and of <see cref="ContentEdit"/>s.</summary>
internal static class ContentGen
{
    // Characters that mean something to YAML, Markdown, TeX or HTML, a few letters and digits, and
    // the awkward ones: non-breaking and zero-width spaces, a bidi override, BOM, NUL, CR, CJK.
    private const string Alphabet = "ab z09 .:-#[]{},|>&*!%@`'\"\n\t\\$^_~<>/=?+()\u00e9\u4e2d\u00a0\u200b\u202e\ufeff\0\r";

    // Whole tokens of the content's own language, so that generated text is often almost valid.
    private static readonly string[] Tokens =
    [
        "paper: paper-a", "dataset: toy", "task: classification", "model: M", "metrics:", "Accuracy: ", "Params: ", "results:",
        "- ", "  ", "\n", ": ", "[", "]", "{", "}", "\"", "'", "|", ">-", "&a ", "*a", "<<: *a", "!!str ", "!!binary ", "!![", "!<", "\"\\U0011FFFF\"", "\"\\uD800\"", "---\n", "...\n",
        "# ", "? ", "1e999", "-0", ".nan", ".inf", "0x1F", "2020-02-30", "2020-01-15", "~", "null", "true", "90.5", "1_000",
        "$x^2$", "\\frac{", "$$", "**b**", "[l](javascript:alert(1))", "<script>", "![i](x)", "```", "\\", "\u202e", "\u4e2d\u6587",
    ];

    public static readonly Gen<string> Chars = Gen.Char[Alphabet].Array[0, 80].Select(a => new string(a));

    public static readonly Gen<string> TokenText = Gen.Int[0, Tokens.Length - 1].Array[0, 30].Select(a => string.Concat(a.Select(i => Tokens[i])));

    /// <summary>Arbitrary YAML and Markdown text: character soup, or a string of the content's own tokens.</summary>
    public static readonly Gen<string> Text = Gen.Frequency((1, Chars), (2, TokenText));

    private static readonly Gen<int> FileIndex = Gen.Int[0, 4];
    private static readonly Gen<int> Position = Gen.Int[0, 100_000];

    public static readonly Gen<ContentEdit> WholeFile =
        Gen.Select(FileIndex, Text, (f, t) => (ContentEdit)new ContentEdit.ReplaceText(f, t));

    public static readonly Gen<ContentEdit> Damage = Gen.Frequency(
        (3, Gen.Select(FileIndex, Position, Text, (f, at, t) => (ContentEdit)new ContentEdit.InsertText(f, at, t))),
        (2, Gen.Select(FileIndex, Position, Gen.Byte.Array[1, 16], (f, at, b) => (ContentEdit)new ContentEdit.InsertBytes(f, at, b))),
        (1, Gen.Select(FileIndex, Position, (f, at) => (ContentEdit)new ContentEdit.Truncate(f, at))),
        (2, Gen.Select(FileIndex, Position, (f, l) => (ContentEdit)new ContentEdit.DeleteLine(f, l))),
        (1, Gen.Select(FileIndex, Position, (f, l) => (ContentEdit)new ContentEdit.DuplicateLine(f, l))),
        (1, Gen.Select(FileIndex, Position, Position, (f, a, b) => (ContentEdit)new ContentEdit.SwapLines(f, a, b))),
        (3, Gen.Select(FileIndex, Position, Text, (f, l, v) => (ContentEdit)new ContentEdit.ReplaceValue(f, l, v))));

    /// <summary>One to three damaging edits of the valid site.</summary>
    public static readonly Gen<ContentEdit[]> Edits = Damage.Array[1, 3];
}
