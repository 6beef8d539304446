using System.Text;
using Podium.Validate;

namespace Podium.Import;

/// <summary>
/// Text from another source made to fit the content format's fields, so that an import never
/// writes a file `validate` refuses: characters text cannot hold are dropped and over-long text is
/// cut (with "…"). The caps are the validator's.
/// </summary>
public static class ImportText
{
    public const int Name = Load.Limits.MaxLineFieldLength;
    public const int Title = 1000;
    public const int MetricName = 100;
    public const int Unit = 20;
    public const int Description = 20_000;
    public const int Notes = 2000;

    /// <summary>One line: tabs and line breaks become spaces, runs of spaces one, ends trimmed.</summary>
    public static string Line(string text, int max = Name)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in Printable(text))
        {
            var c = ch is '\t' or '\n' or '\r' ? ' ' : ch;
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(c);
        }
        return Cut(sb.ToString().TrimEnd(), max);
    }

    /// <summary>Several lines (descriptions): line breaks kept, as <c>\n</c>.</summary>
    public static string Block(string text, int max = Description) =>
        Cut(new string(Printable(text.ReplaceLineEndings("\n")).ToArray()).Trim(), max);

    /// <summary>
    /// A name as the validator compares model names and source titles for duplicate results
    /// (NFC, upper case), after <see cref="Line"/> as it will be written.
    /// </summary>
    public static string Fold(string name) => Line(name).Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private static IEnumerable<char> Printable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var start = i;
            if (FieldReader.Unprintable(text, ref i) is not null) continue;
            for (var k = start; k <= i; k++) yield return text[k];
        }
    }

    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var end = max - 1;
        if (char.IsLowSurrogate(text[end])) end--;
        return text[..end].TrimEnd() + "…";
    }
}
