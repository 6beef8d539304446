namespace Podium.Diagnostics;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);

    /// <summary>Moves the position down by <paramref name="lines"/>, e.g. for YAML front matter after the opening fence.</summary>
    public SourcePosition Offset(int lines) => new(Line + lines, Column);
}
