using System.Text;

namespace Podium.Bench.Corpus;

/// <summary>The little YAML both writers need: double-quoted scalars and indented block text.</summary>
internal static class Yaml
{
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch { '"' => "\\\"", '\\' => "\\\\", _ => c.ToString() });
        }
        return builder.Append('"').ToString();
    }

    public static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>A literal block scalar (`|`) indented under its key.</summary>
    public static string Block(string text, string indent) =>
        "|\n" + string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? "" : indent + line));
}
