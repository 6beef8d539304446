using Podium.Diagnostics;

namespace Podium.Load.Yaml;

/// <summary>
/// A node of a parsed YAML document with its position. Only what the content format allows
/// exists here: no anchors, aliases, tags or complex keys.
/// </summary>
public abstract class YamlNode(SourcePosition position)
{
    public SourcePosition Position { get; } = position;

    /// <summary>What the node is, for "expected X, found Y" messages.</summary>
    public abstract string KindName { get; }
}

/// <summary>A scalar exactly as written: its text and whether it was quoted.</summary>
public sealed class YamlScalar(SourcePosition position, string value, bool isPlain) : YamlNode(position)
{
    public string Value { get; } = value;

    /// <summary>True for unquoted scalars; only those can be numbers, booleans or null.</summary>
    public bool IsPlain { get; } = isPlain;

    /// <summary>Empty values (<c>key:</c>, <c>~</c>, <c>null</c>) count as missing.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => IsNull ? "an empty value" : "text";
}

/// <summary>A mapping whose keys are plain or quoted scalars, in document order.</summary>
public sealed class YamlMapping(SourcePosition position) : YamlNode(position)
{
    private readonly List<KeyValuePair<YamlScalar, YamlNode>> _entries = [];

    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries => _entries;

    public override string KindName => "a mapping";

    public YamlNode? this[string key]
    {
        get
        {
            foreach (var e in _entries)
            {
                if (e.Key.Value == key) return e.Value;
            }
            return null;
        }
    }


    internal void Add(YamlScalar key, YamlNode value) => _entries.Add(new(key, value));
}

/// <summary>A sequence of nodes, in document order.</summary>
public sealed class YamlSequence(SourcePosition position) : YamlNode(position)
{
    private readonly List<YamlNode> _items = [];

    public IReadOnlyList<YamlNode> Items => _items;

    public override string KindName => "a list";

    internal void Add(YamlNode item) => _items.Add(item);
}
