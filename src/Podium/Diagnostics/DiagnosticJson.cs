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
    /// <c>{"errors": N, "diagnostics": [{"file", "line", "column", "code", "message", "hint"}]}</c>,
    /// in the order given (the bag's sorted order); <c>hint</c> is null when there is none.
    /// </summary>
    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", diagnostics.Count);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
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
