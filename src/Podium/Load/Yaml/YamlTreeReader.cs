using System.Text.RegularExpressions;
using Podium.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Podium.Load.Yaml;

/// <summary>
/// Parses YAML into <see cref="YamlNode"/> trees with positions, so that it can refuse what the
/// content format forbids: anchors, aliases, merge keys, tags, duplicate keys, several documents
/// and deep nesting. The common part of YAML is read by <see cref="SimpleYamlReader"/>; the rest
/// by YamlDotNet's event parser, the tree built here, iteratively.
/// </summary>
public static partial class YamlTreeReader
{
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();

    /// <summary>
    /// Reads one YAML document. Returns null (with diagnostics) when the text breaks a rule;
    /// an empty document reads as an empty mapping.
    /// </summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file (front matter starts after its fence).</param>
    public static YamlNode? Read(string displayPath, string text, DiagnosticBag diagnostics, int lineOffset = 0)
    {
        // Every position, of nodes and of errors alike, is a position in the file: later checks
        // report at node positions, so the front matter's offset is added here, once.
        if (FlowDepthPrePass.FindTooDeep(text, Limits.MaxYamlDepth) is { } tooDeep)
        {
            diagnostics.Add(displayPath, tooDeep.Offset(lineOffset), ErrorCodes.NestingTooDeep, $"YAML is nested more than {Limits.MaxYamlDepth} levels deep",
                "the content format needs only a few levels; check for unbalanced `[` or `{`");
            return null;
        }

        // Most content files use a small part of YAML that a direct reading of the text handles;
        // anything else, or anything the tree refuses, is read by YamlDotNet.
        return SimpleYamlReader.TryRead(text, lineOffset) is { } simple
            ? simple.Root ?? EmptyDocument(lineOffset)
            : ReadWithYamlDotNet(displayPath, text, diagnostics, lineOffset);
    }

    /// <summary>Reads one document with YamlDotNet's parser, whatever YAML it holds (the nesting already checked).</summary>
    internal static YamlNode? ReadWithYamlDotNet(string displayPath, string text, DiagnosticBag diagnostics, int lineOffset)
    {
        // Counted here, not read from the bag: other files report into the same bag in parallel.
        var errors = 0;
        void Report(SourcePosition at, string code, string message, string? hint = null)
        {
            errors++;
            diagnostics.Add(displayPath, at, code, message, hint);
        }
        SourcePosition InFile(Mark mark) => ToPosition(mark).Offset(lineOffset);

        var tree = new YamlTreeBuilder(Report);
        var documents = 0;
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
                        tree.Scalar(at, "", isPlain: true);
                        break;
                    case Scalar scalar:
                        CheckNodeProperties(scalar, at);
                        tree.Scalar(at, scalar.Value, scalar.Style == ScalarStyle.Plain);
                        break;
                    case MappingStart mappingStart:
                        CheckNodeProperties(mappingStart, at);
                        if (!tree.StartMapping(at)) return null;
                        break;
                    case SequenceStart sequenceStart:
                        CheckNodeProperties(sequenceStart, at);
                        if (!tree.StartSequence(at)) return null;
                        break;
                    case MappingEnd or SequenceEnd:
                        tree.End();
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
            Report(tree.Innermost?.Position ?? lastPosition, ErrorCodes.YamlSyntax,
                "the YAML cannot be parsed from this collection on", "check for an unclosed `[`, `{` or quote");
            return null;
        }

        if (errors > 0) return null;
        return tree.Root ?? EmptyDocument(lineOffset);

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

    private static YamlMapping EmptyDocument(int lineOffset) => new(new SourcePosition(1 + lineOffset, 1));

    private static SourcePosition ToPosition(Mark mark) =>
        new(Math.Max(1, (int)Math.Min(mark.Line, int.MaxValue)), Math.Max(1, (int)Math.Min(mark.Column, int.MaxValue)));
}
