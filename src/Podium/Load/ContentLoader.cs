using System.Text;
using Podium.Diagnostics;

namespace Podium.Load;

/// <summary>
/// Finds the content files, checks that every file belongs to the format and reads each one
/// as UTF-8 text, parsed by <see cref="ContentParser"/>. Anything unexpected becomes a diagnostic; nothing here throws for bad content.
/// </summary>
public static class ContentLoader
{
    private static readonly (string Folder, ContentKind Kind, string Extension)[] Folders =
    [
        ("tasks", ContentKind.Task, ".yaml"),
        ("datasets", ContentKind.Dataset, ".yaml"),
        ("papers", ContentKind.Paper, ".md"),
        ("results", ContentKind.Results, ".yaml"),
    ];

    private const string LayoutHint =
        "content/ holds site.yaml and the folders tasks/, datasets/, papers/ and results/; names starting with `.` or `_` are ignored";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Finds, reads and parses every content file (reading and parsing run in parallel).</summary>
    public static IReadOnlyList<ContentFile> Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var found = Find(contentDirectory, diagnostics);
        var files = new ContentFile?[found.Count];
        Parallel.For(0, found.Count, i => files[i] = Read(found[i], diagnostics));
        return files.OfType<ContentFile>().ToList();
    }

    /// <summary>
    /// Lists the files that belong to the format, sorted, and reports everything else in the
    /// folder (unexpected files, invalid ids, duplicate ids). Reads no file.
    /// </summary>
    public static IReadOnlyList<ContentEntry> Find(string contentDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentDirectory);
        var displayRoot = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
        if (!Directory.Exists(root))
        {
            diagnostics.Add(displayRoot, SourcePosition.Start, ErrorCodes.MissingContentFolder,
                $"content folder `{contentDirectory}` does not exist", "pass --content with the folder that holds site.yaml");
            return [];
        }

        var found = new List<ContentEntry>();
        var hasSite = false;
        foreach (var info in SortedEntries(root))
        {
            var entry = info.FullName;
            var name = info.Name;
            var display = $"{displayRoot}/{name}";
            if (IsIgnored(name) || IsLink(info, display, diagnostics)) continue;
            if (info is FileInfo file)
            {
                if (name == "site.yaml")
                {
                    hasSite = true;
                    found.Add(new ContentEntry(entry, display, ContentKind.Site, "site", null) { Listed = file });
                }
                else
                {
                    diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnexpectedFile, $"unexpected file `{name}`", LayoutHint);
                }
                continue;
            }

            var folder = Array.FindIndex(Folders, f => f.Folder == name);
            if (folder < 0)
            {
                diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnexpectedFile, $"unexpected folder `{name}`", LayoutHint);
                continue;
            }
            CollectFolder(entry, display, Folders[folder], found, diagnostics);
        }

        if (!hasSite)
        {
            diagnostics.Add($"{displayRoot}/site.yaml", SourcePosition.Start, ErrorCodes.MissingSiteFile,
                "`site.yaml` is missing", "create it with at least `title:` and `base_url:`");
        }

        ReportDuplicateIds(found, diagnostics);
        return found;
    }

    /// <summary>Reads one file as UTF-8 and parses it; null (with diagnostics) when it cannot be read.</summary>
    public static ContentFile? Read(ContentEntry entry, DiagnosticBag diagnostics)
    {
        var text = ReadText(entry.FullPath, entry.DisplayPath, diagnostics);
        return text is null ? null
            : ContentParser.Parse(entry.Kind, new SourceFile(entry.DisplayPath, entry.Id, text), entry.Language, diagnostics);
    }

    private static void CollectFolder(
        string folderPath,
        string displayFolder,
        (string Folder, ContentKind Kind, string Extension) spec,
        List<ContentEntry> found,
        DiagnosticBag diagnostics)
    {
        foreach (var info in SortedEntries(folderPath))
        {
            var entry = info.FullName;
            var name = info.Name;
            var display = $"{displayFolder}/{name}";
            if (IsIgnored(name) || IsLink(info, display, diagnostics)) continue;
            if (info is not FileInfo file)
            {
                diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnexpectedFile,
                    $"unexpected folder `{name}` inside `{spec.Folder}/`", $"put files directly in `{spec.Folder}/`");
                continue;
            }
            if (!name.EndsWith(spec.Extension, StringComparison.Ordinal))
            {
                diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnexpectedFile,
                    $"unexpected file `{name}` in `{spec.Folder}/`", $"files in `{spec.Folder}/` end in `{spec.Extension}`");
                continue;
            }

            var stem = name[..^spec.Extension.Length];
            string? language = null;
            var kind = spec.Kind;
            var dot = stem.IndexOf('.', StringComparison.Ordinal);
            if (spec.Kind == ContentKind.Paper && dot >= 0)
            {
                language = stem[(dot + 1)..];
                stem = stem[..dot];
                kind = ContentKind.Translation;
                if (!ContentIds.IsValidLanguage(language))
                {
                    diagnostics.Add(display, SourcePosition.Start, ErrorCodes.InvalidLanguage,
                        $"`{language}` in `{name}` is not a language tag", "name summaries in other languages `<paper-id>.<lang>.md`, e.g. `gpipe-2018.zh.md`");
                    continue;
                }
            }
            if (!ContentIds.IsValid(stem))
            {
                diagnostics.Add(display, SourcePosition.Start, ErrorCodes.InvalidId, $"`{stem}` is not a valid id", ContentIds.Explain(stem));
                continue;
            }
            found.Add(new ContentEntry(entry, display, kind, stem, language) { Listed = file });
        }
    }

    private static void ReportDuplicateIds(List<ContentEntry> found, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(ContentKind, string, string), string>();
        foreach (var f in found)
        {
            var key = (f.Kind, ContentIds.ComparisonKey(f.Id), ContentIds.ComparisonKey(f.Language ?? ""));
            if (!seen.TryAdd(key, f.DisplayPath))
            {
                diagnostics.Add(f.DisplayPath, SourcePosition.Start, ErrorCodes.DuplicateId,
                    $"id `{f.Id}` is already used by `{seen[key]}`", "ids are compared ignoring case and Unicode normalisation; rename one file");
            }
        }
    }

    private static string? ReadText(string path, string display, DiagnosticBag diagnostics)
    {
        try
        {
            // One open and one fstat per file: on a 100,000-file site the separate stat of
            // File.ReadAllBytes and FileInfo.Length showed up in profiles.
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > Limits.MaxFileBytes)
            {
                diagnostics.Add(display, SourcePosition.Start, ErrorCodes.FileTooLarge,
                    $"file is {length} bytes, more than the limit of {Limits.MaxFileBytes}", "split it into several files or shorten the text");
                return null;
            }
            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0) break;
                read += n;
            }
            var text = StrictUtf8.GetString(bytes, 0, read);
            if (text.StartsWith('\uFEFF')) text = text[1..];
            return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnreadableFile, "file is not valid UTF-8", "save the file as UTF-8");
            return null;
        }
        catch (IOException ex)
        {
            diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnreadableFile, $"cannot read the file: {ex.Message}");
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnreadableFile, $"cannot read the file: {ex.Message}");
            return null;
        }
    }

    private static bool IsIgnored(string name) => name.StartsWith('.') || name.StartsWith('_');

    /// <summary>
    /// Symbolic links are refused (and reported): a pull request could otherwise add a link to a
    /// file outside the repository, such as a CI secret, and have it read and published.
    /// </summary>
    private static bool IsLink(FileSystemInfo entry, string display, DiagnosticBag diagnostics)
    {
        if ((entry.Attributes & FileAttributes.ReparsePoint) == 0) return false;
        diagnostics.Add(display, SourcePosition.Start, ErrorCodes.UnexpectedFile,
            $"`{entry.Name}` is a symbolic link", "content must be real files and folders; replace the link with the file itself");
        return true;
    }

    // One listing call per folder; each entry's type, size and date come with it (one status call
    // per file at most), where asking File.Exists and the attributes cost two more for every file.
    private static FileSystemInfo[] SortedEntries(string folder)
    {
        var entries = new DirectoryInfo(folder).GetFileSystemInfos();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.FullName, b.FullName));
        return entries;
    }
}
