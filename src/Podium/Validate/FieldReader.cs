using System.Globalization;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;

namespace Podium.Validate;

/// <summary>
/// Reads the fields of one YAML mapping with the content format's rules for each kind of value,
/// reporting every problem at the position of the offending key or value.
/// Empty values (<c>key:</c>, <c>~</c>) count as missing everywhere.
/// </summary>
internal sealed class FieldReader
{
    private readonly string _file;
    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Reports unknown keys straight away, with a suggestion among <paramref name="allowedKeys"/>.</summary>
    public FieldReader(string file, YamlMapping mapping, DiagnosticBag diagnostics, string what, params string[] allowedKeys)
    {
        _file = file;
        _mapping = mapping;
        _diagnostics = diagnostics;
        foreach (var (key, _) in mapping.Entries)
        {
            if (Array.IndexOf(allowedKeys, key.Value) >= 0) continue;
            var hint = Suggestions.DidYouMean(key.Value, allowedKeys)
                ?? $"{what} accepts: {string.Join(", ", allowedKeys.Select(k => $"`{k}`"))}";
            diagnostics.Add(file, key.Position, ErrorCodes.UnknownKey, $"unknown key `{Shorten(key.Value)}` in {what}", hint);
        }
    }

    public SourcePosition Position => _mapping.Position;

    /// <summary>True once any field read through this reader was reported (unknown keys aside).</summary>
    public bool HasFieldErrors { get; private set; }

    public void Report(SourcePosition at, string code, string message, string? hint = null)
    {
        HasFieldErrors = true;
        _diagnostics.Add(_file, at, code, message, hint);
    }

    /// <summary>The value node, or null when the key is absent or its value empty.</summary>
    public YamlNode? Node(string key)
    {
        var node = _mapping[key];
        return node is YamlScalar { IsNull: true } ? null : node;
    }

    public Located<string>? Text(string key, bool required, int maxLength = Limits.MaxLineFieldLength)
    {
        if (Scalar(key, required, $"`{key}: some text`") is not { } scalar) return null;
        var value = scalar.Value.Trim();
        if (value.Length > maxLength)
        {
            Report(scalar.Position, ErrorCodes.TooLong, $"`{key}` is {value.Length} characters long, more than {maxLength}", "shorten it");
            return null;
        }
        if (value.Length == 0)
        {
            if (required) Empty(key, scalar, $"`{key}: some text`");
            return null;
        }
        if (!IsPrintable(key, value, scalar.Position)) return null;
        return new Located<string>(value, scalar.Position);
    }

    /// <summary>
    /// False (reported) when the text holds a character no output can carry: YAML escapes such as
    /// <c>"\x01"</c> or <c>"\uFFFE"</c> produce control characters and noncharacters that XML (feeds,
    /// SVG badges and charts) forbids and Unicode normalisation rejects. Tabs and line breaks are kept.
    /// </summary>
    private bool IsPrintable(string key, string value, SourcePosition at)
    {
        if (FirstUnprintable(value) is not { } code) return true;
        Report(at, ErrorCodes.InvalidValue, $"`{key}` contains the character U+{code.ToString("X4", CultureInfo.InvariantCulture)}, which text cannot hold",
            "remove it; text may hold printable characters, tabs and line breaks only");
        return false;
    }

    /// <summary>The first code point text cannot hold (a control character other than tab and line breaks, an unpaired surrogate, a noncharacter), or null.</summary>
    public static int? FirstUnprintable(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            // Printable ASCII, most of any text, is skipped in bulk.
            var next = value.AsSpan(i).IndexOfAnyExceptInRange(' ', '~');
            if (next < 0) return null;
            i += next;
            if (Unprintable(value, ref i) is { } code) return code;
        }
        return null;
    }

    /// <summary>The code point at <paramref name="i"/> (moved past a surrogate pair) if text cannot hold it, else null.</summary>
    public static int? Unprintable(string value, ref int i)
    {
        var c = value[i];
        int code = c;
        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) code = char.ConvertToUtf32(c, value[++i]);
        var forbidden = (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            || (char.IsSurrogate(c) && code == c) // unpaired
            || code is >= 0xFDD0 and <= 0xFDEF || (code & 0xFFFE) == 0xFFFE; // noncharacters
        return forbidden ? code : null;
    }

    public Located<string>? Id(string key, bool required)
    {
        if (Scalar(key, required, $"`{key}: some-id`") is not { } scalar) return null;
        if (!ContentIds.IsValid(scalar.Value))
        {
            Report(scalar.Position, ErrorCodes.InvalidId, $"`{Shorten(scalar.Value)}` is not a valid id", ContentIds.Explain(scalar.Value));
            return null;
        }
        return new Located<string>(scalar.Value, scalar.Position);
    }

    public Located<DateOnly>? Date(string key, bool required)
    {
        if (Scalar(key, required, $"`{key}: 2018-11-16`") is not { } scalar) return null;
        if (IsoDate.TryParse(scalar.Value) is { } date) return new Located<DateOnly>(date, scalar.Position);
        Report(scalar.Position, ErrorCodes.InvalidDate, $"`{Shorten(scalar.Value)}` is not a date", "write dates as YYYY-MM-DD, e.g. `2018-11-16`");
        return null;
    }

    public Located<string>? Link(string key, bool required)
    {
        if (Scalar(key, required, $"`{key}: https://…`") is not { } scalar) return null;
        if (Links.IsAbsoluteHttp(scalar.Value)) return new Located<string>(scalar.Value.Trim(), scalar.Position);
        Report(scalar.Position, ErrorCodes.InvalidLink, $"`{Shorten(scalar.Value)}` is not an absolute http(s) link", "links start with `https://` or `http://`");
        return null;
    }

    public bool? Bool(string key, bool required)
    {
        if (Scalar(key, required, $"`{key}: true`") is not { } scalar) return null;
        if (scalar.IsPlain && scalar.Value is "true" or "True" or "TRUE") return true;
        if (scalar.IsPlain && scalar.Value is "false" or "False" or "FALSE") return false;
        Report(scalar.Position, ErrorCodes.InvalidBoolean, $"`{Shorten(scalar.Value)}` is not true or false",
            scalar.IsPlain ? "write `true` or `false`" : "write `true` or `false` without quotes");
        return null;
    }

    /// <summary>A list of single-line texts; with <paramref name="links"/>, each must be an http(s) URL.</summary>
    public IReadOnlyList<Located<string>>? TextList(string key, bool required, bool links = false)
    {
        if (Sequence(key, required, $"`{key}: [first, second]`") is not { } sequence) return null;

        var items = new List<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                Report(item.Position, ErrorCodes.WrongType, $"each item of `{key}` must be text, found {item.KindName}");
                continue;
            }
            var value = scalar.Value.Trim();
            if (value.Length > Limits.MaxLineFieldLength)
            {
                Report(scalar.Position, ErrorCodes.TooLong, $"an item of `{key}` is longer than {Limits.MaxLineFieldLength} characters", "shorten it");
            }
            else if (links && !Links.IsAbsoluteHttp(value))
            {
                Report(scalar.Position, ErrorCodes.InvalidLink, $"`{Shorten(value)}` is not an absolute http(s) link", "links start with `https://` or `http://`");
            }
            else if (IsPrintable(key, value, scalar.Position))
            {
                items.Add(new Located<string>(value, scalar.Position));
            }
        }
        if (required && sequence.Items.Count == 0) Report(sequence.Position, ErrorCodes.MissingField, $"`{key}` needs at least one item");
        return items;
    }

    public YamlSequence? Sequence(string key, bool required, string example) => Expect<YamlSequence>(key, required, "a list", example);

    public YamlMapping? Mapping(string key, bool required, string example) => Expect<YamlMapping>(key, required, "a mapping", example);

    public YamlScalar? Scalar(string key, bool required, string example) => Expect<YamlScalar>(key, required, "a single value", example);

    /// <summary>The value of <paramref name="key"/> if it has the expected shape; otherwise reports why not.</summary>
    private T? Expect<T>(string key, bool required, string expected, string example) where T : YamlNode
    {
        var node = _mapping[key];
        if (node is YamlScalar { IsNull: true } empty)
        {
            if (required) Empty(key, empty, example);
            return null;
        }
        if (node is null)
        {
            if (required) Missing(key);
            return null;
        }
        if (node is T typed) return typed;
        WrongType(key, node, expected, example);
        return null;
    }

    public void Missing(string key) =>
        Report(_mapping.Position, ErrorCodes.MissingField, $"`{key}` is required", $"add `{key}:` with a value");

    /// <summary>
    /// A required key written without a value (<c>date:</c>, <c>~</c>, <c>""</c>), as the <c>new</c>
    /// skeletons leave them: reported where the value belongs, since the key is already there.
    /// </summary>
    private void Empty(string key, YamlScalar value, string example) =>
        Report(value.Position, ErrorCodes.MissingField, $"`{key}` is empty", $"fill it in, e.g. {example}");

    private void WrongType(string key, YamlNode node, string expected, string example) =>
        Report(node.Position, ErrorCodes.WrongType, $"`{key}` must be {expected}, found {node.KindName}", $"write it as {example}");

    /// <summary>Keeps hostile or accidental megabyte values out of one-line messages.</summary>
    public static string Shorten(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= 80 ? oneLine : string.Concat(oneLine.AsSpan(0, 77), "...");
    }
}
