using System.Text.RegularExpressions;
using Podium.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Podium.Load.Yaml;

/// <summary>
/// Parses YAML into <see cref="YamlNode"/> trees with positions, using YamlDotNet's event parser
/// and building the tree itself, iteratively, so that it can refuse what the content format
/// forbids: anchors, aliases, merge keys, tags, duplicate keys, several documents and deep nesting.
/// </summary>
public static partial class YamlTreeReader
{
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();

    private sealed class Frame(YamlNode node)
    {
        private const int ScanLimit = 16;
        private List<YamlScalar>? _keys;
        private Dictionary<string, SourcePosition>? _index;

        public YamlNode Node { get; } = node;
        public YamlScalar? PendingKey { get; set; }

        // Content mappings have a handful of keys, and a site has hundreds of thousands of them:
        // scanning a short list allocates far less than a dictionary per mapping. A dictionary
        // takes over for a large mapping so that a hostile file stays linear.
        public SourcePosition? FindKey(string key)
        {
            if (_index is not null) return _index.TryGetValue(key, out var at) ? at : null;
            if (_keys is null) return null;
            foreach (var k in _keys)
            {
                if (k.Value == key) return k.Position;
            }
            return null;
        }

        /// <summary>Records a key; false when it is already there.</summary>
        public bool AddKey(YamlScalar key)
        {
            if (FindKey(key.Value) is not null) return false;
            if (_index is not null)
            {
                _index.Add(key.Value, key.Position);
                return true;
            }
            (_keys ??= []).Add(key);
            if (_keys.Count > ScanLimit) _index = _keys.ToDictionary(k => k.Value, k => k.Position, StringComparer.Ordinal);
            return true;
        }
    }

    /// <summary>
    /// Reads one YAML document. Returns null (with diagnostics) when the text breaks a rule;
    /// an empty document reads as an empty mapping.
    /// </summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (front matter starts after its fence).</param>
    public static YamlNode? Read(string displayPath, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        // Counted here, not read from the bag: other files report into the same bag in parallel.
        var errors = 0;
        void Report(SourcePosition at, string code, string message, string? hint = null)
        {
            errors++;
            diagnostics.Add(displayPath, at, code, message, hint);
        }

        // Every position, of nodes and of errors alike, is a position in the file: later checks
        // report at node positions, so the front matter's offset is added here, once.
        SourcePosition InFile(Mark mark) => ToPosition(mark).Offset(lineOffset);

        if (FlowDepthPrePass.FindTooDeep(text, Limits.MaxYamlDepth) is { } tooDeep)
        {
            Report(tooDeep.Offset(lineOffset), ErrorCodes.NestingTooDeep, $"YAML is nested more than {Limits.MaxYamlDepth} levels deep",
                "the content format needs only a few levels; check for unbalanced `[` or `{`");
            return null;
        }

        YamlNode? root = null;
        var documents = 0;
        var stack = new Stack<Frame>();
        var lastPosition = SourcePosition.Start.Offset(lineOffset);
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                var at = InFile(ev.Start);
                lastPosition = at;
                switch (ev)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            Report(at, ErrorCodes.MultipleDocuments, "a second YAML document starts here", "a file holds one document; remove the `---` line");
                            return null;
                        }
                        break;
                    case AnchorAlias alias:
                        Report(at, ErrorCodes.AnchorOrAlias, $"alias `*{alias.Value}` is not allowed", "write the value out in full");
                        Attach(new YamlScalar(at, "", isPlain: true));
                        break;
                    case Scalar scalar:
                        CheckNodeProperties(scalar, at);
                        Attach(new YamlScalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain));
                        break;
                    case MappingStart mappingStart:
                        CheckNodeProperties(mappingStart, at);
                        if (!Push(new YamlMapping(at))) return null;
                        break;
                    case SequenceStart sequenceStart:
                        CheckNodeProperties(sequenceStart, at);
                        if (!Push(new YamlSequence(at))) return null;
                        break;
                    case MappingEnd or SequenceEnd:
                        stack.Pop();
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var message = PositionPrefix().Replace(ex.Message, "").TrimEnd('.');
            // For a tab, YamlDotNet's start mark is the scalar before it; its end mark is the tab itself
            // (16.3 and 18.1 alike).
            var tab = message.Contains("tab character", StringComparison.Ordinal);
            Report(InFile(tab ? ex.End : ex.Start), ErrorCodes.YamlSyntax, tab ? "a tab character is used for indentation" : message,
                tab ? "indent with spaces" : "check indentation and quote values that contain `: ` or start with a special character");
            return null;
        }
        catch (ArgumentException ex)
        {
            // YamlDotNet (18.1) throws this for a tag that is not a valid URI (`!![[`) and for a
            // `\U` escape beyond U+10FFFF or in the surrogate range; found by tests/fuzz.
            var message = ex.Message.Split(" (Parameter", 2)[0].TrimEnd('.');
            Report(lastPosition, ErrorCodes.YamlSyntax, $"the YAML cannot be parsed from here on: {message}",
                "quote values that start with `!`, and write `\\U` escapes as valid characters");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet (16.3 and still 18.1) throws this instead of a YamlException for some
            // malformed input, e.g. an unclosed flow sequence followed by a mapping key.
            // The innermost collection still open is the likeliest culprit.
            Report(stack.Count > 0 ? stack.Peek().Node.Position : lastPosition, ErrorCodes.YamlSyntax,
                "the YAML cannot be parsed from this collection on", "check for an unclosed `[`, `{` or quote");
            return null;
        }

        if (errors > 0) return null;
        return root ?? new YamlMapping(new SourcePosition(1 + lineOffset, 1));

        bool Push(YamlNode container)
        {
            Attach(container);
            stack.Push(new Frame(container));
            if (stack.Count <= Limits.MaxYamlDepth) return true;
            Report(container.Position, ErrorCodes.NestingTooDeep, $"YAML is nested more than {Limits.MaxYamlDepth} levels deep",
                "the content format needs only a few levels");
            return false;
        }

        void Attach(YamlNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
                return;
            }
            var frame = stack.Peek();
            if (frame.Node is YamlSequence sequence)
            {
                sequence.Add(node);
                return;
            }

            var mapping = (YamlMapping)frame.Node;
            if (frame.PendingKey is { } key)
            {
                frame.PendingKey = null;
                // A duplicate key has been reported already; the first value is the one kept.
                if (frame.AddKey(key)) mapping.Add(key, node);
                return;
            }

            if (node is not YamlScalar keyScalar)
            {
                Report(node.Position, ErrorCodes.WrongType, "a key must be text, not a list or mapping", "write keys as `name: value`");
                frame.PendingKey = new YamlScalar(node.Position, "\0complex", true);
                return;
            }
            if (keyScalar.IsPlain && keyScalar.Value == "<<")
            {
                Report(keyScalar.Position, ErrorCodes.MergeKey, "merge key `<<` is not allowed", "write the keys out in full");
            }
            else if (frame.FindKey(keyScalar.Value) is { } first)
            {
                Report(keyScalar.Position, ErrorCodes.DuplicateKey,
                    $"key `{keyScalar.Value}` appears twice in this mapping (first on line {first.Line})", "keep one of them");
            }
            frame.PendingKey = keyScalar;
        }

        void CheckNodeProperties(NodeEvent node, SourcePosition at)
        {
            if (!node.Anchor.IsEmpty)
            {
                Report(at, ErrorCodes.AnchorOrAlias, $"anchor `&{node.Anchor.Value}` is not allowed", "write each value out in full");
            }
            if (!node.Tag.IsEmpty)
            {
                Report(at, ErrorCodes.TagNotAllowed, $"tag `{node.Tag.Value}` is not allowed", "remove the tag; values are typed by the content format");
            }
        }
    }

    private static SourcePosition ToPosition(Mark mark) =>
        new(Math.Max(1, (int)Math.Min(mark.Line, int.MaxValue)), Math.Max(1, (int)Math.Min(mark.Column, int.MaxValue)));
}
