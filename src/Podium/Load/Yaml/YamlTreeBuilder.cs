using Podium.Diagnostics;

namespace Podium.Load.Yaml;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from a document's nodes in order, and refuses what the
/// content format forbids in the tree's shape: duplicate keys, merge keys, keys that are not text,
/// and deep nesting. Both readers feed it (<see cref="YamlTreeReader"/> from YamlDotNet's events,
/// <see cref="SimpleYamlReader"/> from the text), so a tree means the same whichever read it.
/// </summary>
internal sealed class YamlTreeBuilder(Action<SourcePosition, string, string, string?> report)
{
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

    private readonly Stack<Frame> _stack = new();

    /// <summary>The document's top node; null while nothing was added.</summary>
    public YamlNode? Root { get; private set; }

    /// <summary>The innermost collection still open, if any.</summary>
    public YamlNode? Innermost => _stack.Count > 0 ? _stack.Peek().Node : null;

    public void Scalar(SourcePosition at, string value, bool isPlain) => Attach(new YamlScalar(at, value, isPlain));

    /// <summary>Opens a mapping; false (reported) when it nests too deep.</summary>
    public bool StartMapping(SourcePosition at) => Push(new YamlMapping(at));

    /// <summary>Opens a sequence; false (reported) when it nests too deep.</summary>
    public bool StartSequence(SourcePosition at) => Push(new YamlSequence(at));

    /// <summary>Closes the innermost mapping or sequence.</summary>
    public void End() => _stack.Pop();

    private bool Push(YamlNode container)
    {
        Attach(container);
        _stack.Push(new Frame(container));
        if (_stack.Count <= Limits.MaxYamlDepth) return true;
        report(container.Position, ErrorCodes.NestingTooDeep, $"YAML is nested more than {Limits.MaxYamlDepth} levels deep",
            "the content format needs only a few levels");
        return false;
    }

    private void Attach(YamlNode node)
    {
        if (_stack.Count == 0)
        {
            Root = node;
            return;
        }
        var frame = _stack.Peek();
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
            report(node.Position, ErrorCodes.WrongType, "a key must be text, not a list or mapping", "write keys as `name: value`");
            frame.PendingKey = new YamlScalar(node.Position, "\0complex", true);
            return;
        }
        if (keyScalar.IsPlain && keyScalar.Value == "<<")
        {
            report(keyScalar.Position, ErrorCodes.MergeKey, "merge key `<<` is not allowed", "write the keys out in full");
        }
        else if (frame.FindKey(keyScalar.Value) is { } first)
        {
            report(keyScalar.Position, ErrorCodes.DuplicateKey,
                $"key `{keyScalar.Value}` appears twice in this mapping (first on line {first.Line})", "keep one of them");
        }
        frame.PendingKey = keyScalar;
    }
}
