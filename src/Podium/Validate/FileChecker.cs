using Podium.Diagnostics;
using Podium.Load;

namespace Podium.Validate;

/// <summary>
/// Checks one parsed file against its kind's rules and returns its document (a
/// <c>SiteDocument</c>, <c>TaskDocument</c>, … or <c>ResultFileDocument</c>), or null when the file
/// is broken. Files are independent at this point, so callers check them in parallel.
/// </summary>
public static class FileChecker
{
    /// <summary>Reads, parses and checks one file; null when any step fails (with diagnostics).</summary>
    public static object? ReadAndCheck(ContentEntry entry, DiagnosticBag diagnostics) =>
        ContentLoader.Read(entry, diagnostics) is { } file ? Check(file, diagnostics) : null;

    public static object? Check(ContentFile file, DiagnosticBag diagnostics) => file.Kind switch
    {
        ContentKind.Site => SiteReader.Read(file, diagnostics),
        ContentKind.Task => TaskReader.Read(file, diagnostics),
        ContentKind.Dataset => DatasetReader.Read(file, diagnostics),
        ContentKind.Paper => PaperReader.Read(file, diagnostics),
        ContentKind.Translation => PaperReader.ReadTranslation(file, diagnostics),
        ContentKind.Results => ResultFileReader.Read(file, diagnostics),
        _ => throw new InvalidOperationException($"unhandled kind {file.Kind}"),
    };
}
