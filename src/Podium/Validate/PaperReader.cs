using System.Text.RegularExpressions;
using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>Checks one <c>papers/&lt;id&gt;.md</c> front matter, or a summary in another language.</summary>
internal static partial class PaperReader
{
    // New-style (1811.06965, optional version) and old-style (cs/0112017) arXiv identifiers.
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?/\d{7})(v\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();

    public static PaperDocument? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "a paper's front matter",
            "title", "authors", "date", "venue", "arxiv", "url", "code", "tags", "abstract");
        var title = fields.Text("title", required: true, maxLength: 1000);
        var authors = fields.TextList("authors", required: true);
        var date = fields.Date("date", required: true);
        var venue = fields.Text("venue", required: false);
        var arxiv = fields.Text("arxiv", required: false, maxLength: 40);
        var url = fields.Link("url", required: false);
        var code = fields.TextList("code", required: false, links: true);
        var tags = fields.TextList("tags", required: false);
        var abstractText = fields.Text("abstract", required: false, maxLength: 20_000);

        if (arxiv is { } a && !ArxivId().IsMatch(a.Value))
        {
            fields.Report(a.Position, ErrorCodes.InvalidValue, $"`{FieldReader.Shorten(a.Value)}` is not an arXiv id",
                "write the id only, quoted, e.g. `arxiv: \"1811.06965\"`");
            return null;
        }
        if (title is null || authors is not { Count: > 0 } || date is null) return null;

        return new PaperDocument(
            file.Path, file.Id, title.Value.Value, Values(authors), date.Value.Value, venue?.Value, arxiv?.Value, url?.Value,
            Values(code), Values(tags), abstractText?.Value, file.Body);
    }

    public static TranslationDocument? ReadTranslation(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "a summary in another language (it may only hold `title`)", "title");
        var title = fields.Text("title", required: false, maxLength: 1000);
        return new TranslationDocument(file.Path, new Located<string>(file.Id, SourcePosition.Start), file.Language!, title?.Value, file.Body);
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<Located<string>>? list) =>
        list is null ? [] : list.Select(l => l.Value).ToList();
}
