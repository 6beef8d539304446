using Podium.Diagnostics;
using Podium.Load.Yaml;
using Podium.Model;

namespace Podium.Validate;

/// <summary>Reads a result's <c>evidence:</c> (content format version 2): where its numbers are printed.</summary>
internal static class EvidenceReader
{
    public const int MaxLabelLength = 20;
    public const int MaxQuoteLength = 200;

    private static readonly string[] Keys = ["table", "figure", "page", "quote", "url"];

    /// <summary>The evidence, or null when absent or wrong; <paramref name="ok"/> is false when something was reported.</summary>
    public static Evidence? Read(string path, FieldReader result, DiagnosticBag diagnostics, out bool ok)
    {
        ok = true;
        var mapping = result.Mapping("evidence", required: false, "`evidence:` with `table: \"2\"` (or `figure:`), `page:`, `quote:` or `url:` below it");
        if (mapping is null)
        {
            ok = result.Node("evidence") is null;
            return null;
        }
        var fields = new FieldReader(path, mapping, diagnostics, "`evidence`", Keys);
        // An unknown key is reported as such; "empty" is for `evidence: {}` and keys without values.
        var hasUnknownKey = mapping.Entries.Any(e => Array.IndexOf(Keys, e.Key.Value) < 0);
        var hasValue = mapping.Entries.Any(e => e.Value is not YamlScalar { IsNull: true });
        if (!hasUnknownKey && !hasValue)
        {
            fields.Report(mapping.Position, ErrorCodes.EmptyEvidence, "`evidence` is empty",
                "name where the numbers are printed, e.g. `table: \"2\"`, or remove `evidence`");
        }

        var table = Label(fields, "table");
        var figure = Label(fields, "figure");
        if (table is not null && figure is not null)
        {
            fields.Report(figure.Value.Position, ErrorCodes.TableAndFigure, "`evidence` gives both `table` and `figure`",
                "keep the one the numbers are read from; name the other in `quote` or the result's `notes`");
        }
        var page = Page(fields);
        var quote = Quote(fields);
        var url = fields.Link("url", required: false);
        ok = !fields.HasFieldErrors && !hasUnknownKey;
        return ok ? new Evidence(table?.Value, figure?.Value, page, quote, url?.Value) : null;
    }

    private static Located<string>? Label(FieldReader fields, string key)
    {
        if (fields.Scalar(key, required: false, $"`{key}: \"2\"`") is not { } scalar) return null;
        var value = scalar.Value.Trim();
        if (value.Length > MaxLabelLength || value.Contains('\n') || value.Contains('\r'))
        {
            fields.Report(scalar.Position, ErrorCodes.EvidenceLabelTooLong,
                $"the {key} label `{FieldReader.Shorten(value)}` is longer than {MaxLabelLength} characters or has a line break",
                $"write the label as printed, e.g. `{key}: \"A.3\"`; put longer text in `quote`");
            return null;
        }
        return fields.Text(key, required: false, MaxLabelLength);
    }

    private static int? Page(FieldReader fields)
    {
        if (fields.Scalar("page", required: false, "`page: 5`") is not { } scalar) return null;
        if (scalar.IsPlain && WholeNumber.Parse(scalar.Value) is { } page and > 0) return page;
        fields.Report(scalar.Position, ErrorCodes.InvalidPage, $"`page` must be a positive whole number, found {(scalar.IsPlain ? "" : "text ")}`{FieldReader.Shorten(scalar.Value)}`",
            "write the page of the PDF as a number without quotes, e.g. `page: 5`");
        return null;
    }

    private static string? Quote(FieldReader fields)
    {
        if (fields.Scalar("quote", required: false, "`quote: \"88.55 ± 0.04\"`") is not { } scalar) return null;
        var value = scalar.Value.Trim();
        if (value.Contains('\n') || value.Contains('\r'))
        {
            fields.Report(scalar.Position, ErrorCodes.InvalidQuote, "`quote` has a line break",
                "quote one line as printed; a quote is for the numbers, not a passage");
            return null;
        }
        if (value.Length > MaxQuoteLength)
        {
            fields.Report(scalar.Position, ErrorCodes.InvalidQuote, $"`quote` is {value.Length} characters long, more than {MaxQuoteLength}",
                "quote only the numbers and their label as printed");
            return null;
        }
        return fields.Text("quote", required: false, MaxQuoteLength)?.Value;
    }
}
