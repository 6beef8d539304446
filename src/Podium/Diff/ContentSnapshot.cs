using Podium.Diagnostics;
using Podium.Load;
using Podium.Model;
using Podium.Validate;

namespace Podium.Diff;

/// <summary>A content folder run through Load, Validate and Model: the site readers would see, or why there is none.</summary>
/// <param name="Model">Null when the content has errors.</param>
public sealed record ContentSnapshot(SiteModel? Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Loads and checks <paramref name="contentDirectory"/> exactly as a build does, then links and ranks it.</summary>
    public static ContentSnapshot Load(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var found = ContentLoader.Find(contentDirectory, diagnostics);
        var documents = new object?[found.Count];
        Parallel.For(0, found.Count, i => documents[i] = FileChecker.ReadAndCheck(found[i], diagnostics));
        var content = ContentValidator.CheckReferences(documents, found.Select(f => (f.Kind, f.Id)), diagnostics);
        // A base URL override is irrelevant here: the report compares content, not links.
        var model = content is null ? null : SiteModelBuilder.Build(content);
        return new ContentSnapshot(model, diagnostics.ToSortedList());
    }
}
