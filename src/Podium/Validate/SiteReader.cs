using Podium.Diagnostics;
using Podium.Load;
using Podium.Load.Yaml;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>Checks <c>site.yaml</c>.</summary>
internal static class SiteReader
{
    public static readonly string[] Languages = ["en", "zh"];

    public static SiteDocument? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "site.yaml",
            "title", "description", "base_url", "language", "repository");
        var title = fields.Text("title", required: true);
        var description = fields.Text("description", required: false, maxLength: 2000);
        var baseUrl = fields.Link("base_url", required: true);
        var repository = fields.Link("repository", required: false);
        var language = fields.Text("language", required: false);
        if (language is { } lang && Array.IndexOf(Languages, lang.Value) < 0)
        {
            fields.Report(lang.Position, ErrorCodes.InvalidLanguage, $"UI language `{FieldReader.Shorten(lang.Value)}` is not supported",
                $"use one of {string.Join(", ", Languages.Select(l => $"`{l}`"))}");
            return null;
        }
        if (title is null || baseUrl is null) return null;

        var url = baseUrl.Value.Value;
        if (!url.EndsWith('/')) url += "/";
        return new SiteDocument(title.Value.Value, description?.Value, new Uri(url), language?.Value ?? "en", repository?.Value);
    }
}

/// <summary>The top of a YAML file, which must be a mapping for every kind of content file.</summary>
internal static class RootMapping
{
    public static YamlMapping? Of(ContentFile file, DiagnosticBag diagnostics)
    {
        switch (file.Data)
        {
            case null:
                return null; // The parse error has been reported.
            case YamlMapping mapping:
                return mapping;
            default:
                diagnostics.Add(file.Path, file.Data.Position, ErrorCodes.WrongType,
                    $"the file must hold a mapping of fields, found {file.Data.KindName}", "write one `key: value` per line");
                return null;
        }
    }
}
