using Podium.Diagnostics;
using Podium.Load.Yaml;

namespace Podium.Tests.Load;

public sealed class YamlTreeReaderTests
{
    private static (YamlNode? Root, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, int lineOffset = 0)
    {
        var bag = new DiagnosticBag();
        var root = YamlTreeReader.Read("content/x.yaml", text, bag, lineOffset);
        return (root, bag.ToSortedList());
    }

    [Fact]
    public void Keeps_scalars_as_written_with_positions()
    {
        var (root, diagnostics) = Read("a: 99.10\nb:\n  - \"x\"\n");
        Assert.Empty(diagnostics);
        var mapping = Assert.IsType<YamlMapping>(root);
        var a = Assert.IsType<YamlScalar>(mapping["a"]);
        Assert.Equal("99.10", a.Value);
        Assert.True(a.IsPlain);
        Assert.Equal(new SourcePosition(1, 4), a.Position);
        var item = Assert.IsType<YamlScalar>(Assert.IsType<YamlSequence>(mapping["b"]).Items[0]);
        Assert.False(item.IsPlain);
        Assert.Equal(new SourcePosition(3, 5), item.Position);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n", "PD0103", 1, 4)]
    [InlineData("a: !!int 1\n", "PD0104", 1, 4)]
    [InlineData("base: {a: 1}\n<<: {b: 2}\n", "PD0105", 2, 1)]
    [InlineData("a: 1\nb: 2\na: 3\n", "PD0106", 3, 1)]
    [InlineData("a: 1\n---\na: 2\n", "PD0107", 2, 1)]
    [InlineData("a: b\n\tc: d\n", "PD0101", 2, 1)]
    [InlineData("a: [1, 2\nb: 3\n", "PD0101", 1, 4)]
    public void Rejects_what_the_format_forbids_at_the_right_place(string text, string code, int line, int column)
    {
        var (root, diagnostics) = Read(text);
        Assert.Null(root);
        var first = diagnostics[0];
        Assert.Equal(code, first.Code);
        Assert.Equal(new SourcePosition(line, column), first.Position);
    }

    // Found by the fuzzer (tests/fuzz/corpus/yaml/): YamlDotNet throws ArgumentException for these,
    // which escaped the reader and crashed `podium validate`.
    [Theory]
    [InlineData("a: 1\nb: !![[\n", 2)]
    [InlineData("!![[", 1)]
    [InlineData("a: 1\nb: \"\\UeBB2BBBB\"\n", 2)]
    [InlineData("a: \"\\U0000D800\"\n", 1)]
    public void A_tag_that_is_not_a_uri_or_an_escape_that_is_not_a_character_is_a_syntax_error(string text, int line)
    {
        var (root, diagnostics) = Read(text);
        Assert.Null(root);
        var error = Assert.Single(diagnostics);
        Assert.Equal("PD0101", error.Code);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Deep_flow_nesting_is_refused_before_the_parser_sees_it()
    {
        var (root, diagnostics) = Read("a: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        Assert.Null(root);
        Assert.Equal("PD0102", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Deep_block_nesting_is_refused()
    {
        var text = string.Concat(Enumerable.Range(0, 5_000).Select(i => new string(' ', i) + "k:\n"));
        var (root, diagnostics) = Read(text);
        Assert.Null(root);
        Assert.Equal("PD0102", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Front_matter_offset_moves_positions_down()
    {
        var (_, diagnostics) = Read("a: 1\na: 2\n", lineOffset: 1);
        Assert.Equal(new SourcePosition(3, 1), Assert.Single(diagnostics).Position);
    }

    [Fact]
    public void Errors_already_in_a_shared_bag_do_not_hide_a_valid_file()
    {
        // Regression: files are parsed in parallel into one bag; another file's errors must not
        // make this file's tree disappear (its own errors would then never be reported).
        var bag = new DiagnosticBag();
        bag.Add("content/other.yaml", SourcePosition.Start, "PD0101", "broken");
        Assert.NotNull(YamlTreeReader.Read("content/x.yaml", "a: 1\n", bag));
    }

    [Fact]
    public void Empty_document_is_an_empty_mapping()
    {
        var (root, diagnostics) = Read("# only a comment\n");
        Assert.Empty(diagnostics);
        Assert.Empty(Assert.IsType<YamlMapping>(root).Entries);
    }
}
