namespace Podium.Load;

/// <summary>Caps that keep untrusted content from exhausting time or memory.</summary>
public static class Limits
{
    /// <summary>Largest content file accepted. Real paper summaries are a few KB.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest YAML nesting accepted; the format itself needs five levels.</summary>
    public const int MaxYamlDepth = 32;

    /// <summary>Longest single-line text field (titles, names, model names).</summary>
    public const int MaxLineFieldLength = 500;
}
