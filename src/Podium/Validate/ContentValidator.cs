using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>
/// The Validate stage: checks each file against its kind's rules, then every reference between
/// files. Returns null when anything is wrong; every problem is in the diagnostics.
/// </summary>
public static class ContentValidator
{
    public static ValidatedContent? Validate(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics)
    {
        // Files are independent until references are checked, so each is checked in parallel.
        var documents = new object?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            documents[i] = file.Kind switch
            {
                ContentKind.Site => SiteReader.Read(file, diagnostics),
                ContentKind.Task => TaskReader.Read(file, diagnostics),
                ContentKind.Dataset => DatasetReader.Read(file, diagnostics),
                ContentKind.Paper => PaperReader.Read(file, diagnostics),
                ContentKind.Translation => PaperReader.ReadTranslation(file, diagnostics),
                ContentKind.Results => ResultFileReader.Read(file, diagnostics),
                _ => throw new InvalidOperationException($"unhandled kind {file.Kind}"),
            };
        });

        // Ids of files that exist but failed their own checks: references to them are not
        // reported again, so one broken file gives one set of errors, not a cascade.
        var existing = files.ToLookup(f => f.Kind, f => f.Id);
        var references = new ReferenceValidator(
            documents.OfType<TaskDocument>().ToList(),
            documents.OfType<DatasetDocument>().ToList(),
            documents.OfType<PaperDocument>().ToList(),
            existing,
            diagnostics);
        references.CheckTasks();
        references.CheckDatasets();
        var translations = documents.OfType<TranslationDocument>().Where(references.CheckTranslation).ToList();
        var results = references.CheckResults(documents.OfType<ResultFileDocument>().SelectMany(f => f.Results));

        var site = documents.OfType<SiteDocument>().SingleOrDefault();
        if (diagnostics.HasErrors || site is null) return null;
        return new ValidatedContent(
            site,
            references.Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList(),
            references.Datasets.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
            references.Papers.Values.OrderBy(p => p.Id, StringComparer.Ordinal).ToList(),
            translations.OrderBy(t => t.PaperId.Value, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal).ToList(),
            results);
    }
}
