using Podium.Diagnostics;
using Podium.Load.Yaml;

namespace Podium.Import.ModelIndex;

/// <summary>
/// Reads model-index YAML with the content reader (nesting capped, no aliases or tags), and the
/// few shapes the format allows for a field: text, a list of text, or a mapping.
/// </summary>
internal static class ModelIndexYaml
{
    public static YamlNode Parse(string displayPath, string text, int lineOffset = 0)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read(displayPath, text, diagnostics, lineOffset);
        if (root is null || diagnostics.HasErrors)
        {
            throw new ImportException(string.Join("\n", diagnostics.ToSortedList().Select(d => d.ToString())));
        }
        return root;
    }

    public static string? Text(YamlNode? node) =>
        node is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0 ? s.Value.Trim() : null;

    public static string? Text(YamlNode? node, string key) => Text((node as YamlMapping)?[key]);

    /// <summary>A list of text, also accepting a single value.</summary>
    public static IReadOnlyList<string> Texts(YamlNode? node) => node switch
    {
        YamlSequence list => list.Items.Select(Text).OfType<string>().ToList(),
        _ => Text(node) is { } one ? [one] : [],
    };

    public static IReadOnlyList<YamlNode> Items(YamlNode? node) => node is YamlSequence list ? list.Items : [];

    public static string Where(string file, YamlNode node) => $"{file}({node.Position.Line},{node.Position.Column})";
}
