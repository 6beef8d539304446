using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;

namespace Podium.Tests.Schemas;

/// <summary>
/// Turns content files into the JSON an editor's YAML language server validates against the
/// schemas: plain scalars typed by the YAML 1.2 core schema (null, booleans, numbers), quoted
/// scalars as strings. The tree comes from Podium's own reader, so positions and the refusal of
/// anchors and tags are the same as in <c>podium validate</c>.
/// </summary>
internal static partial class YamlToJson
{
    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex("^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Octal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hexadecimal();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex NotFinite();

    /// <summary>The JSON of a YAML file, or of a paper's front matter when <paramref name="frontMatter"/> is set.</summary>
    public static JsonNode? Convert(string displayPath, string text, bool frontMatter, bool frontMatterRequired = true)
    {
        // The loader accepts a BOM and CRLF; the reader and the front matter splitter expect neither.
        text = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var diagnostics = new DiagnosticBag();
        var lineOffset = 0;
        if (frontMatter)
        {
            var parts = FrontMatter.Split(displayPath, text, frontMatterRequired, diagnostics)
                ?? throw new InvalidOperationException($"{displayPath}: {string.Join("; ", diagnostics.ToSortedList())}");
            text = parts.Yaml;
            lineOffset = parts.YamlLine - 1;
        }
        var root = YamlTreeReader.Read(displayPath, text, diagnostics, lineOffset);
        if (root is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"{displayPath} is not YAML the content format reads: {string.Join("; ", diagnostics.ToSortedList())}");
        }
        return ToJson(root);
    }

    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Entries) obj[key.Value] = ToJson(value);
                return obj;
            case YamlSequence sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Items) array.Add(ToJson(item));
                return array;
            case YamlScalar scalar:
                return Scalar(scalar);
            default:
                throw new NotSupportedException(node.GetType().Name);
        }
    }

    /// <summary>YAML 1.2 core schema resolution, as yaml-language-server applies it by default.</summary>
    private static JsonNode? Scalar(YamlScalar scalar)
    {
        var text = scalar.Value;
        if (!scalar.IsPlain) return JsonValue.Create(text);
        if (scalar.IsNull) return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Octal().IsMatch(text)) return JsonValue.Create(System.Convert.ToInt64(text[2..], 8));
        if (Hexadecimal().IsMatch(text)) return JsonValue.Create(long.Parse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        if (Integer().IsMatch(text) || Float().IsMatch(text))
        {
            // decimal keeps the written digits (99.10) where it can; exponents beyond its range fall back to double.
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                ? JsonValue.Create(exact)
                : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        // An editor reads these as Infinity or NaN, which JSON cannot carry; no test needs them.
        if (NotFinite().IsMatch(text)) throw new NotSupportedException($"`{text}` has no JSON form");
        return JsonValue.Create(text);
    }
}
