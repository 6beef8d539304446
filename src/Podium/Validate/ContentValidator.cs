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
    /// <summary>
    /// Checks the references between documents that passed <see cref="FileChecker"/>.
    /// <paramref name="existing"/> lists every file found, broken or not.
    /// </summary>
    public static ValidatedContent? CheckReferences(
        IReadOnlyList<object?> documents, IEnumerable<(ContentKind Kind, string Id)> existing, DiagnosticBag diagnostics)
    {
        // Ids of files that exist but failed their own checks: references to them are not
        // reported again, so one broken file gives one set of errors, not a cascade.
        // One pass sorts the documents by kind (a site has about 100,000 of them).
        var tasks = new List<TaskDocument>();
        var datasets = new List<DatasetDocument>();
        var papers = new List<PaperDocument>();
        var translationDocuments = new List<TranslationDocument>();
        var resultFiles = new List<ResultFileDocument>();
        var sites = new List<SiteDocument>();
        foreach (var document in documents)
        {
            switch (document)
            {
                case TaskDocument d: tasks.Add(d); break;
                case DatasetDocument d: datasets.Add(d); break;
                case PaperDocument d: papers.Add(d); break;
                case TranslationDocument d: translationDocuments.Add(d); break;
                case ResultFileDocument d: resultFiles.Add(d); break;
                case SiteDocument d: sites.Add(d); break;
            }
        }

        var references = new ReferenceValidator(tasks, datasets, papers, existing.ToLookup(f => f.Kind, f => f.Id), diagnostics);
        references.CheckTasks();
        references.CheckDatasets();
        var translations = translationDocuments.Where(references.CheckTranslation).ToList();
        var results = references.CheckResults(resultFiles.SelectMany(f => f.Results));
        references.CheckIncompleteResults(resultFiles.SelectMany(f => f.Incomplete ?? []));

        var site = sites.SingleOrDefault();
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
