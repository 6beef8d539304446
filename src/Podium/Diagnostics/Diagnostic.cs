using System.Globalization;

namespace Podium.Diagnostics;

/// <summary>One problem in the content, with where it is and how to fix it.</summary>
/// <param name="File">Path relative to the site root, with forward slashes (<c>content/results/x.yaml</c>).</param>
/// <param name="Hint">What to do about it; printed after the message.</param>
public sealed record Diagnostic(string File, SourcePosition Position, string Code, string Message, string? Hint = null)
{
    public int Line => Position.Line;
    public int Column => Position.Column;

    /// <summary>The message followed by the hint, as printed.</summary>
    public string FullMessage => Hint is null ? Message : $"{Message}; {Hint}";

    /// <summary>MSBuild-style line: <c>path(line,col): error CODE: message</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{File}({Line},{Column}): error {Code}: {FullMessage}");

    /// <summary>Orders diagnostics by file, then position, then code, so output is stable.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Code, b.Code);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    }
}
