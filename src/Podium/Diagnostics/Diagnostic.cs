using System.Globalization;

namespace Podium.Diagnostics;

/// <summary>One problem in the content, with where it is and how to fix it.</summary>
/// <param name="File">Path relative to the site root, with forward slashes (<c>content/results/x.yaml</c>).</param>
/// <param name="Hint">What to do about it; printed after the message.</param>
public sealed record Diagnostic(string File, SourcePosition Position, string Code, string Message, string? Hint = null)
{
    /// <summary>Error unless said otherwise: every content problem so far is one.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The word printed before the code: <c>error</c> or <c>warning</c>.</summary>
    public string SeverityName => IsError ? "error" : "warning";

    public int Line => Position.Line;
    public int Column => Position.Column;

    /// <summary>The message followed by the hint, as printed.</summary>
    public string FullMessage => Hint is null ? Message : $"{Message}; {Hint}";

    /// <summary>MSBuild-style line: <c>path(line,col): error CODE: message</c> (or <c>warning</c>).</summary>
    public override string ToString() => Format(File);

    /// <summary>The MSBuild-style line with <paramref name="path"/> in place of <see cref="File"/>, e.g. a path from the current directory.</summary>
    public string Format(string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}({Line},{Column}): {SeverityName} {Code}: {FullMessage}");

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
