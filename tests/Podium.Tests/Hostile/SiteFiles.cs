using System.Text;

namespace Podium.Tests.Hostile;

/// <summary>
/// The files of a content folder, held in memory so that a hostile case can change them before they
/// are written. Starts as <see cref="Valid"/>: the smallest site that has one of everything (task,
/// dataset with a two-metric leaderboard, paper with every optional field, a paper result and a
/// source result), so each case breaks exactly one thing.
/// </summary>
internal sealed class SiteFiles
{
    public const string BasePath = "/hostile/";
    public const string Site = "site.yaml";
    public const string Task = "tasks/classification.yaml";
    public const string Dataset = "datasets/toy.yaml";
    public const string Paper = "papers/paper-a.md";
    public const string Results = "results/paper-a.yaml";
    public const string Leaderboard = "dataset/toy/classification/";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Relative paths use '/', and may hold any character the file system takes (the id cases need
    // upper case, spaces, NFD and newlines).
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public static SiteFiles Valid()
    {
        var files = new SiteFiles();
        files.Set(Site, """
            title: Hostile Test Site
            description: A small valid site that each case breaks in one way.
            base_url: https://example.org/hostile/
            language: en
            repository: https://github.com/example/hostile
            """);
        files.Set(Task, """
            name: Classification
            description: Pick one *label* for a whole input.
            """);
        files.Set(Dataset, """
            name: Toy Set
            description: A toy dataset with a [homepage](https://example.org/toy).
            homepage: https://example.org/toy
            introduced_by: paper-a
            leaderboards:
              - task: classification
                metrics:
                  - name: Accuracy
                    unit: "%"
                    higher_is_better: true
                  - name: Params
                    unit: M
                    higher_is_better: false
            """);
        files.Set(Paper, """
            ---
            title: Paper A
            authors: [Ada Author, Bob Author]
            date: 2020-01-15
            venue: Conf 2020
            arxiv: "2001.00001"
            url: https://example.org/paper-a
            code: [https://github.com/example/paper-a]
            tags: [testing]
            abstract: |
              An abstract of paper A.
            ---
            A short summary with a [link](https://example.org/summary).

            """);
        files.Set(Results, """
            paper: paper-a
            results:
              - dataset: toy
                model: Model A
                metrics:
                  Accuracy: 90.5
                  Params: 12
                code: https://github.com/example/paper-a
                notes: Trained *without* extra data.
              - dataset: toy
                model: Model B
                source:
                  title: Source B
                  url: https://example.org/source-b
                  date: 2021-02-02
                metrics:
                  Accuracy: 91.0
            """);
        return files;
    }

    public void Set(string relative, string text) => _files[relative] = Utf8.GetBytes(text.ReplaceLineEndings("\n"));

    public void SetBytes(string relative, byte[] bytes) => _files[relative] = bytes;

    public string Text(string relative) => Utf8.GetString(_files[relative]);

    /// <summary>The files' relative paths, in ordinal order.</summary>
    public IReadOnlyList<string> Paths => [.. _files.Keys];

    public byte[] Bytes(string relative) => _files[relative];

    public void Remove(string relative) => Assert.True(_files.Remove(relative), $"no file {relative} to remove");

    /// <summary>Replaces text that must be there: a case whose target moved would otherwise test nothing.</summary>
    public void Replace(string relative, string old, string replacement)
    {
        var text = Text(relative);
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"`{old}` not found in {relative}; the case no longer injects anything");
        Set(relative, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    /// <summary>Adds lines to the end of a file.</summary>
    public void Append(string relative, string text) => Set(relative, Text(relative).TrimEnd('\n') + "\n" + text.ReplaceLineEndings("\n"));

    /// <summary>Writes every file under <paramref name="contentDirectory"/>, which it first empties.</summary>
    public void WriteTo(string contentDirectory)
    {
        if (Directory.Exists(contentDirectory)) Directory.Delete(contentDirectory, recursive: true);
        foreach (var (relative, bytes) in _files)
        {
            var full = Path.Combine([contentDirectory, .. relative.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>A one-line YAML double-quoted scalar holding <paramref name="text"/> exactly (line breaks and control characters escaped).</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"", text.Length + 2);
        foreach (var c in text)
        {
            if (c is '"' or '\\') sb.Append('\\').Append(c);
            else if (c == '\n') sb.Append("\\n");
            else if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
