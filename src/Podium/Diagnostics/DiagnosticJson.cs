using System.Text.Encodings.Web;
using System.Text.Json;

namespace Podium.Diagnostics;

/// <summary>Writes diagnostics as one JSON document, for tools that read validation results.</summary>
public static class DiagnosticJson
{
    // The document goes to a terminal or a tool, never into HTML, so backticks and quotes in
    // messages stay readable instead of becoming \u0060.
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <c>{"errors": N, "warnings": M, "diagnostics": [{"file", "line", "column", "severity", "code", "message", "hint"}]}</c>,
    /// in the order given (the bag's sorted order); <c>severity</c> is <c>error</c> or <c>warning</c>,
    /// <c>hint</c> is null when there is none. <paramref name="path"/> gives the path to print for a
    /// diagnostic (its <see cref="Diagnostic.File"/> by default).
    /// </summary>
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, string>? path = null)
    {
        var errors = diagnostics.Count(d => d.IsError);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", diagnostics.Count - errors);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", path is null ? d.File : path(d));
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("severity", d.SeverityName);
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                if (d.Hint is null) json.WriteNull("hint");
                else json.WriteString("hint", d.Hint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
