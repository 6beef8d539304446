using System.Text;
using System.Text.RegularExpressions;

namespace Podium.Load;

/// <summary>The rules for ids (file names) and language tags.</summary>
public static partial class ContentIds
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    // BCP 47 language tags as used for summaries: a primary language subtag and optional subtags.
    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LanguagePattern();

    // Names Windows refuses as file names; a site with them could not be cloned there.
    private static readonly HashSet<string> ReservedNames = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string id) => IdPattern().IsMatch(id) && !ReservedNames.Contains(id);

    public static bool IsValidLanguage(string tag) => tag.Length <= 35 && LanguagePattern().IsMatch(tag);

    /// <summary>The form two ids are compared in: NFC, then case-folded.</summary>
    public static string ComparisonKey(string id) => id.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    /// <summary>Why <paramref name="id"/> is not valid, phrased as a hint.</summary>
    public static string Explain(string id)
    {
        if (ReservedNames.Contains(id)) return $"`{id}` is a reserved device name on Windows; choose another id";
        if (id.Length > 80) return "ids are at most 80 characters";
        var suggestion = Suggest(id);
        return suggestion is { Length: > 0 } && IsValid(suggestion)
            ? $"ids use lowercase letters, digits and hyphens; e.g. `{suggestion}`"
            : "ids use lowercase letters, digits and hyphens and start with a letter or digit";
    }

    /// <summary>A valid id close to <paramref name="text"/>: lowercase, other characters turned into hyphens.</summary>
    public static string Suggest(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormKD))
        {
            // Accents come apart under NFKD into a letter and a combining mark; the mark is dropped, so é gives e.
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            else if (ch is >= 'A' and <= 'Z') sb.Append((char)(ch + 32));
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var s = sb.ToString().Trim('-');
        return s.Length > 80 ? s[..80].TrimEnd('-') : s;
    }
}
