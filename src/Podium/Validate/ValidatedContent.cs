using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>
/// Every content file that passed its own checks, sorted by id or path, and every cross-file
/// reference checked. The Model stage builds the site from this and can trust it.
/// </summary>
public sealed record ValidatedContent(
    SiteDocument Site,
    IReadOnlyList<TaskDocument> Tasks,
    IReadOnlyList<DatasetDocument> Datasets,
    IReadOnlyList<PaperDocument> Papers,
    IReadOnlyList<TranslationDocument> Translations,
    IReadOnlyList<ResultDocument> Results);
