using System.Text.RegularExpressions;

namespace Podium.Scaffold;

/// <summary>
/// Adds an entry to the end of an existing results file's <c>results:</c> list, as text, so the
/// contributor's comments and layout stay as they were.
/// </summary>
public static partial class ResultsAppender
{
    [GeneratedRegex(@"^results:[ \t]*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ResultsLine();

    [GeneratedRegex(@"^paper:[ \t]*[""']?(?<id>[a-z0-9][a-z0-9-]*)[""']?[ \t]*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PaperLine();

    [GeneratedRegex(@"^(?<indent>[ ]*)- ", RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    /// <summary>
    /// The file with the entry appended, or null when the file does not end with a block
    /// <c>results:</c> list (a flow list, or other keys after it), where appending text would
    /// change its meaning. <paramref name="entry"/> makes the entry for an indent and for whether
    /// it must name its paper.
    /// </summary>
    public static string? Append(string text, string paperId, Func<string, bool, string> entry)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var results = Array.FindIndex(lines, l => ResultsLine().IsMatch(l));
        if (results < 0) return null;

        string? indent = null;
        for (var i = results + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            // Another top-level key after the list: the entry would land in the wrong place.
            if (line[0] is not (' ' or '-')) return null;
            indent ??= Item().Match(line) is { Success: true } m ? m.Groups["indent"].Value : null;
        }

        var filePaper = lines.Select(l => PaperLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["id"].Value;
        var body = text.TrimEnd('\r', '\n') + newline + entry(indent ?? "  ", filePaper != paperId).ReplaceLineEndings(newline);
        return body;
    }
}
