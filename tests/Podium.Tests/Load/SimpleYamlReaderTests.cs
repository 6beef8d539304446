using System.Text;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;
using Podium.Tests.Support;

namespace Podium.Tests.Load;

/// <summary>
/// The direct reader must give exactly YamlDotNet's tree (values, styles, positions) for every
/// document it accepts, and leave everything else to YamlDotNet.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    [Theory]
    [InlineData("a: 99.10\nb:\n  - \"x\"\n")]
    [InlineData("paper: p-2020\nresults:\n  - dataset: d\n    model: \"M-1\"\n    metrics:\n      \"WER\": 25.11\n      Top-1 Accuracy: 80.9\n  - dataset: e\n    metrics:\n      F1: -2\n")]
    [InlineData("results:\n- a: 1\n  b: 2\n- c\nnext: 3\n")]
    [InlineData("tags: [\"a b\", 'it''s', plain words, -1.5, https://x.org/a]\nempty: []\nspaced: [ a ,b ]\n")]
    [InlineData("abstract: |\n  First line.  \n\n     indented more\n  last\n\n\nafter: x\n")]
    [InlineData("abstract: |-\n  One\n  Two\n")]
    [InlineData("a:\nb:   \nc: # nothing\nd: x   # said\ne: \"q\"  # quoted\n")]
    [InlineData("# yaml-language-server: $schema=x.json\ntitle: Ünïcödé — 汉字\n  # indented comment\nurl: https://example.org/a#b\n")]
    [InlineData("a:\n  b:\n    c: 1\n  d:\n  - x\n  -  y\ne: f\n")]
    [InlineData("a: |\n  text\n# after\nb: 1\n")]
    [InlineData("")]
    [InlineData("\n  \n")]
    public void Reads_what_it_accepts_as_YamlDotNet_does(string text)
    {
        Assert.NotNull(SimpleYamlReader.TryRead(text, lineOffset: 0));
        AssertSameAsYamlDotNet(text, lineOffset: 0);
        AssertSameAsYamlDotNet(text, lineOffset: 3);
    }

    [Theory]
    [InlineData("a: b\n  continued\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: \"escaped \\\" quote\"\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: &x 1\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: 1")]
    [InlineData("<<: {}\n")]
    [InlineData("- a\n")]
    public void Leaves_the_rest_to_YamlDotNet(string text) => Assert.Null(SimpleYamlReader.TryRead(text, lineOffset: 0));

    [Fact]
    public void Reads_every_file_of_the_sample_site_itself()
    {
        foreach (var (path, yaml, offset) in YamlDocuments(Repo.Content))
        {
            Assert.True(SimpleYamlReader.TryRead(yaml, offset) is not null, path);
            AssertSameAsYamlDotNet(yaml, offset);
        }
    }

    [Fact]
    public void Reads_the_fixtures_and_the_fuzz_corpus_as_YamlDotNet_does()
    {
        var documents = YamlDocuments(Path.Combine(Repo.Root, "tests", "fixtures"))
            .Concat(YamlDocuments(Path.Combine(Repo.Root, "tests", "fuzz", "corpus", "yaml")));
        foreach (var (_, yaml, offset) in documents) AssertSameAsYamlDotNet(yaml, offset);
    }

    [Fact]
    public void Mutated_files_read_the_same_or_are_left_to_YamlDotNet()
    {
        var random = new Random(20261130);
        var documents = YamlDocuments(Repo.Content).ToList();
        const string alphabet = " \n\n  ::--#\"'[],|ab1.é{}>!&*?%~\\\t\r@`x_";
        for (var i = 0; i < 20_000; i++)
        {
            var (_, yaml, offset) = documents[random.Next(documents.Count)];
            var text = new StringBuilder(yaml);
            for (var edits = 1 + random.Next(3); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                var c = alphabet[random.Next(alphabet.Length)];
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, c); break;
                    case 1 when at < text.Length: text.Remove(at, 1); break;
                    case 2 when at < text.Length: text[at] = c; break;
                }
            }
            AssertSameAsYamlDotNet(text.ToString(), offset);
        }
    }

    private static void AssertSameAsYamlDotNet(string text, int lineOffset)
    {
        if (FlowDepthPrePass.FindTooDeep(text, Limits.MaxYamlDepth) is not null) return;
        if (SimpleYamlReader.TryRead(text, lineOffset) is not { } simple) return;
        var bag = new DiagnosticBag();
        var expected = YamlTreeReader.ReadWithYamlDotNet("x.yaml", text, bag, lineOffset);
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(Describe(expected), Describe(simple.Root ?? new YamlMapping(new SourcePosition(1 + lineOffset, 1))));
    }

    private static IEnumerable<(string Path, string Yaml, int LineOffset)> YamlDocuments(string folder)
    {
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(path);
            if (path.EndsWith(".yaml", StringComparison.Ordinal)) yield return (path, text, 0);
            else if (path.EndsWith(".md", StringComparison.Ordinal) && FrontMatter.Split(path, text, required: false, new DiagnosticBag()) is { } parts)
            {
                yield return (path, parts.Yaml, parts.YamlLine - 1);
            }
        }
    }

    private static string Describe(YamlNode? node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(YamlNode? n, int depth)
        {
            text.Append(' ', depth * 2);
            switch (n)
            {
                case YamlScalar s:
                    text.Append($"{s.Position} {(s.IsPlain ? "plain" : "quoted")} «{s.Value}»\n");
                    break;
                case YamlMapping m:
                    text.Append($"{m.Position} mapping\n");
                    foreach (var (key, value) in m.Entries)
                    {
                        Write(key, depth + 1);
                        Write(value, depth + 2);
                    }
                    break;
                case YamlSequence q:
                    text.Append($"{q.Position} sequence\n");
                    foreach (var item in q.Items) Write(item, depth + 1);
                    break;
                default:
                    text.Append("null\n");
                    break;
            }
        }
    }
}
