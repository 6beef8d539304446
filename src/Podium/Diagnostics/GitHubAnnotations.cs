using System.Globalization;
using System.Text;

namespace Podium.Diagnostics;

/// <summary>
/// Writes diagnostics as GitHub Actions workflow commands (<c>::error file=…::message</c>, <c>::warning …</c>), which
/// GitHub shows as annotations on the changed lines of a pull request.
/// </summary>
public static class GitHubAnnotations
{
    /// <summary>
    /// One <c>::error</c> or <c>::warning</c> line. <paramref name="file"/> is the path relative to the checkout's root
    /// (the current directory in CI), since GitHub matches annotations to files by that path.
    /// </summary>
    public static string Format(Diagnostic diagnostic, string file) =>
        string.Create(CultureInfo.InvariantCulture,
            $"::{diagnostic.SeverityName} file={EscapeProperty(file)},line={diagnostic.Line},col={diagnostic.Column},title={EscapeProperty(diagnostic.Code)}::{EscapeData(diagnostic.FullMessage)}");

    /// <summary>Escapes a command's message as the runner expects, so a line break cannot end the command early.</summary>
    public static string EscapeData(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>Escapes a property value; <c>:</c> and <c>,</c> would otherwise end the value.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
