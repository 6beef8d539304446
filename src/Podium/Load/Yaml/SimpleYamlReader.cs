using System.Text;
using Podium.Diagnostics;

namespace Podium.Load.Yaml;

/// <summary>
/// Reads the part of YAML that content files are written in straight from the text: block
/// mappings and sequences, keys of letters, digits, <c>_ - .</c> or in double quotes, one-line
/// plain and quoted scalars, one-line flow sequences of scalars, and <c>|</c> / <c>|-</c> literal
/// blocks. It refuses (returns null) anything else and anything it is not sure of, and also any
/// document the tree refuses, so that YamlDotNet reads those and reports their problems as before;
/// what it accepts it reads exactly as YamlDotNet does, positions included. At Papers with Code's
/// scale YamlDotNet took about half of the Load stage's time (a fifth of the stage went to interning
/// every mapping key under a global lock); every file of the benchmark corpus is read here instead,
/// about eight times faster.
/// </summary>
internal sealed class SimpleYamlReader
{
    // A line may not start with these: document markers and directives are YamlDotNet's to read.
    private static readonly string[] LineStartsRefused = ["---", "...", "%"];

    private readonly string _text;
    private readonly int _lineOffset;
    private readonly YamlTreeBuilder _tree;
    private bool _refused;

    // The current line: where it starts, the index of its '\n', its 1-based number and its indentation.
    private int _lineStart;
    private int _lineEnd = -1;
    private int _line;
    private int _indent;
    private bool _atEnd;

    private SimpleYamlReader(string text, int lineOffset)
    {
        _text = text;
        _lineOffset = lineOffset;
        _tree = new YamlTreeBuilder((_, _, _, _) => _refused = true);
    }

    /// <summary>The document's tree (its root null for an empty document), or null when YamlDotNet must read it.</summary>
    /// <param name="lineOffset">Lines before <paramref name="text"/> in the file.</param>
    public static YamlTreeBuilder? TryRead(string text, int lineOffset)
    {
        if (!HasOnlySimpleCharacters(text)) return null;
        var reader = new SimpleYamlReader(text, lineOffset);
        return reader.ReadDocument() && !reader._refused ? reader._tree : null;
    }

    // Line breaks other than '\n', tabs, control characters, surrogates and byte order marks are
    // where YAML's rules get subtle (and where YamlDotNet counts columns its own way): refused.
    private static bool HasOnlySimpleCharacters(string text)
    {
        if (text.Length == 0) return true;
        if (text[^1] != '\n') return false;
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            // Printable ASCII is skipped in bulk; anything else is looked at one character at a time.
            var next = span[i..].IndexOfAnyExceptInRange(' ', '~');
            if (next < 0) break;
            i += next;
            var c = span[i];
            if (c == '\n')
            {
                if (i + 1 < span.Length && StartsRefused(span[(i + 1)..])) return false;
            }
            else if (c < '\u00a0' || c is >= '\ud800' and <= '\udfff' or '\u2028' or '\u2029' or '\ufeff' or >= '\ufffe')
            {
                return false;
            }
            i++;
        }
        return !StartsRefused(span);
    }

    private static bool StartsRefused(ReadOnlySpan<char> line)
    {
        foreach (var start in LineStartsRefused)
        {
            if (line.StartsWith(start, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private bool ReadDocument()
    {
        NextContentLine();
        if (_atEnd) return true;
        return _indent == 0 && ReadMapping(_lineStart) && _atEnd;
    }

    // A block mapping whose first key starts at `at`; its keys are all in that column. Returns
    // with the line after it (or the end) current.
    private bool ReadMapping(int at)
    {
        var column = at - _lineStart;
        if (!_tree.StartMapping(Position(at))) return false;
        while (true)
        {
            if (!ReadKey(at, out var afterColon) || !ReadMappingValue(afterColon, column)) return false;
            if (_atEnd || _indent < column) break;
            at = _lineStart + column;
            if (_indent > column || IsEntry(at)) return false;
        }
        _tree.End();
        return true;
    }

    private bool ReadKey(int at, out int afterColon)
    {
        afterColon = KeyEnd(at) + 1;
        if (afterColon == 0) return false;
        var quoted = _text[at] == '"';
        _tree.Scalar(Position(at), quoted ? _text[(at + 1)..(afterColon - 2)] : _text[at..(afterColon - 1)], isPlain: !quoted);
        return true;
    }

    // Where the ':' after a key starting at `at` is, or -1 when no key starts there.
    private int KeyEnd(int at)
    {
        var end = at;
        if (_text[at] == '"')
        {
            end = _text.AsSpan(at + 1).IndexOfAny('"', '\\', '\n') + at + 1;
            if (_text[end] != '"') return -1;
            end++;
        }
        else
        {
            if (!char.IsAsciiLetterOrDigit(_text[at]) && _text[at] != '_') return -1;
            while (char.IsAsciiLetterOrDigit(_text[end]) || _text[end] is '_' or '-' or '.' or ' ' or '/' or '+' or '(' or ')') end++;
            // `a :` is a key `a`, `a #` a comment: YamlDotNet's to read.
            if (_text[end - 1] == ' ' || _text.AsSpan(at, end - at).Contains(" #", StringComparison.Ordinal)) return -1;
        }
        // YamlDotNet limits simple keys to 1,024 characters; long keys are its to judge.
        return end - at <= 200 && _text[end] == ':' && _text[end + 1] is ' ' or '\n' ? end : -1;
    }

    private bool ReadMappingValue(int at, int column)
    {
        var colonEnd = Position(at);
        at = SkipSpaces(at);
        if (!IsLineEnd(at)) return ReadInlineValue(at, column);
        NextContentLine();
        var start = _lineStart + _indent;
        if (!_atEnd && _indent >= column && IsEntry(start)) return ReadSequence(start, indentless: _indent == column);
        if (_atEnd || _indent <= column)
        {
            _tree.Scalar(colonEnd, "", isPlain: true);
            return true;
        }
        return KeyEnd(start) >= 0 && ReadMapping(start);
    }

    // A block sequence whose first '-' is at `at`, all of them in that column. An indentless one
    // (a mapping's value, in the mapping's column) ends at the mapping's next key.
    private bool ReadSequence(int at, bool indentless)
    {
        var column = at - _lineStart;
        if (!_tree.StartSequence(Position(at))) return false;
        while (true)
        {
            if (_text[at + 1] == '\n') return false;
            var item = SkipSpaces(at + 1);
            if (IsEntry(item)) return false;
            if (!(KeyEnd(item) >= 0 ? ReadMapping(item) : ReadInlineValue(item, column))) return false;
            if (_atEnd || _indent < column) break;
            if (_indent > column) return false;
            at = _lineStart + column;
            if (!IsEntry(at))
            {
                if (indentless) break;
                return false;
            }
        }
        _tree.End();
        return true;
    }

    // A value that starts on the line of its key or '-'; `column` is the collection's.
    private bool ReadInlineValue(int at, int column)
    {
        int end;
        switch (_text[at])
        {
            case '|':
                return ReadLiteral(at, column);
            case '"':
                end = ReadDoubleQuoted(at);
                break;
            case '\'':
                end = ReadSingleQuoted(at);
                break;
            case '[':
                end = ReadFlowSequence(at);
                break;
            case '\n':
            case '-' when _text[at + 1] is ' ' or '\n':
            case '?' or ':' or ',' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '>' or '%' or '@' or '`':
                return false;
            default:
                end = ReadPlain(at);
                break;
        }
        if (end < 0 || !IsLineEnd(SkipSpaces(end))) return false;
        NextContentLine();
        return true;
    }

    // A plain scalar that ends with its line; returns the index of the '\n'.
    private int ReadPlain(int at)
    {
        var lineEnd = _text.IndexOf('\n', at);
        for (var i = at; ; i++)
        {
            var next = _text.AsSpan(i, lineEnd - i).IndexOfAny(':', '#');
            if (next < 0) break;
            i += next;
            // ": " would make it a key; " #" starts a comment, which ends the scalar.
            if (_text[i] == ':' && _text[i + 1] is ' ' or '\n') return -1;
            if (_text[i] == '#' && _text[i - 1] == ' ')
            {
                lineEnd = i;
                break;
            }
        }
        var end = lineEnd;
        while (_text[end - 1] == ' ') end--;
        _tree.Scalar(Position(at), _text[at..end], isPlain: true);
        return lineEnd;
    }

    // Returns the index after the closing quote, or -1.
    private int ReadDoubleQuoted(int at)
    {
        var close = _text.AsSpan(at + 1).IndexOfAny('"', '\\', '\n') + at + 1;
        if (_text[close] != '"') return -1;
        _tree.Scalar(Position(at), _text[(at + 1)..close], isPlain: false);
        return close + 1;
    }

    private int ReadSingleQuoted(int at)
    {
        StringBuilder? value = null;
        var from = at + 1;
        for (var i = from; ; i++)
        {
            var c = _text[i];
            if (c == '\n') return -1;
            if (c != '\'') continue;
            if (_text[i + 1] == '\'')
            {
                (value ??= new StringBuilder()).Append(_text, from, i + 1 - from);
                from = i + 2;
                i++;
                continue;
            }
            var text = value is null ? _text[from..i] : value.Append(_text, from, i - from).ToString();
            _tree.Scalar(Position(at), text, isPlain: false);
            return i + 1;
        }
    }

    // `[a, "b", 'c']` on one line; returns the index after the ']', or -1.
    private int ReadFlowSequence(int at)
    {
        if (!_tree.StartSequence(Position(at))) return -1;
        var i = SkipSpaces(at + 1);
        if (_text[i] != ']')
        {
            while (true)
            {
                i = _text[i] switch
                {
                    '"' => ReadDoubleQuoted(i),
                    '\'' => ReadSingleQuoted(i),
                    _ => ReadFlowPlain(i),
                };
                if (i < 0) return -1;
                i = SkipSpaces(i);
                if (_text[i] == ']') break;
                if (_text[i] != ',') return -1;
                i = SkipSpaces(i + 1);
                if (_text[i] == ']') return -1;
            }
        }
        _tree.End();
        return i + 1;
    }

    // A plain scalar inside a flow sequence, which ends at `,` or `]`; returns the index after
    // it, or -1. A ':' inside is fine when a letter, digit or sign follows (a URL's).
    private int ReadFlowPlain(int at)
    {
        var c = _text[at];
        if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '.' || (c == '-' && char.IsAsciiDigit(_text[at + 1])))) return -1;
        var end = at + 1;
        for (; _text[end] is not (',' or '[' or ']' or '{' or '}' or '"' or '\'' or '\n'); end++)
        {
            if (_text[end] == ':' && _text[end + 1] is ' ' or ',' or '[' or ']' or '{' or '}' or '\n') return -1;
            if (_text[end] == '#' && _text[end - 1] == ' ') return -1;
        }
        var next = end;
        while (_text[end - 1] == ' ') end--;
        _tree.Scalar(Position(at), _text[at..end], isPlain: true);
        return next;
    }

    // `|` or `|-` and the lines under it that are indented more than the collection's `column`.
    private bool ReadLiteral(int at, int column)
    {
        var strip = _text[at + 1] == '-';
        var header = strip ? at + 2 : at + 1;
        if (_text[header] != '\n') return false;
        var position = Position(at);

        if (!NextLine() || IsBlank()) return false;
        var indent = _indent;
        if (indent <= column) return false;
        var value = new StringBuilder();
        var blankLines = 0;
        do
        {
            if (IsBlank())
            {
                // Spaces beyond the indentation on a blank line are content, or an error: YamlDotNet's.
                if (_lineEnd - _lineStart > indent) return false;
                blankLines++;
                continue;
            }
            if (_indent < indent) break;
            value.Append('\n', blankLines).Append(_text, _lineStart + indent, _lineEnd - _lineStart - indent).Append('\n');
            blankLines = 0;
        }
        while (NextLine());

        if (strip) value.Length--;
        _tree.Scalar(position, value.ToString(), isPlain: false);
        // The current line is the first one after the block that is not blank, or the end.
        if (!_atEnd && IsComment()) NextContentLine();
        return true;
    }

    // Moves to the next line; false at the end of the text.
    private bool NextLine()
    {
        _lineStart = _lineEnd + 1;
        _line++;
        if (_lineStart >= _text.Length)
        {
            _atEnd = true;
            return false;
        }
        _lineEnd = _text.IndexOf('\n', _lineStart);
        _indent = SkipSpaces(_lineStart) - _lineStart;
        return true;
    }

    // Moves to the next line that holds something other than a comment, or to the end.
    private void NextContentLine()
    {
        while (NextLine())
        {
            if (!IsBlank() && !IsComment()) return;
        }
    }

    private bool IsBlank() => _lineStart + _indent == _lineEnd;

    private bool IsComment() => _text[_lineStart + _indent] == '#';

    // The end of the line, or a comment that runs to it.
    private bool IsLineEnd(int at) => _text[at] == '\n' || (_text[at] == '#' && _text[at - 1] == ' ');

    private bool IsEntry(int at) => _text[at] == '-' && _text[at + 1] is ' ' or '\n';

    private int SkipSpaces(int at)
    {
        while (_text[at] == ' ') at++;
        return at;
    }

    private SourcePosition Position(int at) => new(_line + _lineOffset, at - _lineStart + 1);
}
