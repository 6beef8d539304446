using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Podium.Model;

namespace Podium.Render.Citation;

/// <summary>The BibTeX entry a paper page offers for citing the paper, built from its metadata alone.</summary>
/// <remarks>
/// The entry is plain text (the template escapes it for HTML), LF line endings, deterministic.
/// Non-ASCII characters (é, ü, 中文) are written as UTF-8 rather than as LaTeX accents:
/// biblatex/biber and modern BibTeX set-ups read UTF-8, and accent macros cannot cover CJK anyway.
/// </remarks>
public static partial class BibTex
{
    // A year closing the venue ("NeurIPS 2019", "ICML, 2015", "Nature (2021)"), split off so the
    // booktitle reads "NeurIPS" and the year field can say when the venue was.
    [GeneratedRegex(@"^(?<name>.*?)[\s,'\-–]*\(?(?<year>(?:19|20)[0-9]{2})\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingYear();

    // Characters an arXiv id is made of (new style 1811.06965v2, old style cs/0112017). An id with
    // anything else is not one we can link to, so it is left out rather than escaped: eprint is a
    // verbatim field in biblatex and an escaped id would be a wrong id.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9./-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EprintId();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // Words a key skips to reach the first word that says what the paper is about, as reference
    // managers do (vaswani2017attention, recht2019imagenet).
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "for", "to", "towards", "toward", "in", "at", "by", "with", "from",
        "and", "or", "via", "into", "is", "are", "do", "does", "can", "how", "what", "why", "when",
    };

    // Conference names and words (matched as whole words, ignoring case). NIPS, AISTATS and IJCNN
    // are here because the sample content uses them.
    private static readonly HashSet<string> ConferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "NeurIPS", "NIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "AAAI", "IJCAI", "ACL", "EMNLP", "NAACL",
        "COLING", "KDD", "WACV", "BMVC", "Interspeech", "ICASSP", "AISTATS", "IJCNN", "UAI", "COLT", "CoRL",
        "ICRA", "IROS", "SIGIR", "MICCAI", "ICDM", "Workshop", "Workshops", "Conference", "Proceedings", "Symposium",
    };

    // Journal names and words. Checked before the conference list so that "Transactions of the ACL"
    // is a journal although it names a conference.
    private static readonly HashSet<string> JournalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "TPAMI", "PAMI", "JMLR", "TMLR", "IJCV", "TACL", "TIP", "TNNLS", "PNAS", "Journal", "Transactions",
    };

    /// <summary>The complete entry, ending with a line break, e.g. <c>@inproceedings{huang2018gpipe, …}</c>.</summary>
    public static string Entry(Paper paper)
    {
        var venue = VenueCache.GetOrAdd(paper.Venue ?? "", Venue.Parse);
        var eprint = paper.Arxiv is { } a && EprintId().IsMatch(a.Trim()) ? a.Trim() : null;
        var type = venue.Kind switch
        {
            VenueKind.Conference => "inproceedings",
            VenueKind.Journal => "article",
            _ => "misc",
        };

        // The year field says when the paper appeared where the entry says it appeared: the venue's
        // year when the venue names one (GPipe: arXiv 2018, NeurIPS 2019 → 2019), else the paper's
        // date. The month comes from the date, so it is only given when that date is in the same
        // year; "November 2019" would be a month nobody published the paper in.
        var year = venue.Year ?? paper.Date.Year;
        var month = year == paper.Date.Year ? Months[paper.Date.Month - 1] : null;

        var fields = new List<(string Name, string Value)>();
        var authors = Authors(paper.Authors);
        if (authors.Length > 0) fields.Add(("author", Braced(authors)));
        var title = Title(paper.Title);
        if (title.Length > 0) fields.Add(("title", Braced(title)));
        switch (type)
        {
            case "inproceedings" when venue.Name.Length > 0: fields.Add(("booktitle", Braced(Escape(venue.Name)))); break;
            case "article" when venue.Name.Length > 0: fields.Add(("journal", Braced(Escape(venue.Name)))); break;
            // Classic BibTeX styles (plainnat and friends) ignore eprint, so a preprint says where it is in text too.
            case "misc" when eprint is not null && (venue.Name.Length == 0 || venue.IsPreprintServer):
                fields.Add(("howpublished", Braced("arXiv preprint arXiv:" + eprint)));
                break;
            case "misc" when venue.Name.Length > 0: fields.Add(("howpublished", Braced(Escape(venue.Name)))); break;
        }
        fields.Add(("year", Braced(year.ToString(CultureInfo.InvariantCulture))));
        if (month is not null) fields.Add(("month", month));
        if (eprint is not null)
        {
            fields.Add(("eprint", Braced(eprint)));
            fields.Add(("archivePrefix", Braced("arXiv")));
        }
        var url = Clean(paper.Url ?? "") is { Length: > 0 } u ? u : eprint is not null ? "https://arxiv.org/abs/" + eprint : null;
        if (url is not null) fields.Add(("url", Braced(Url(url))));

        var sb = new StringBuilder(512);
        sb.Append('@').Append(type).Append('{').Append(Key(paper)).Append(',');
        for (var i = 0; i < fields.Count; i++)
        {
            // Unaligned, as Google Scholar and arXiv write entries: padding was 2.4 MB over 50,000 paper pages.
            sb.Append("\n  ").Append(fields[i].Name).Append(" = ").Append(fields[i].Value);
            if (i < fields.Count - 1) sb.Append(',');
        }
        sb.Append("\n}\n");
        return sb.ToString();
    }

    /// <summary>
    /// <c>huang2018gpipe</c>: first author's family name, the year of the paper's date and the first
    /// significant title word, folded to <c>[a-z0-9]</c>.
    /// </summary>
    /// <remarks>
    /// The key uses the date's year, not the venue's: documents cite by key, and a preprint that
    /// later gets its venue added must keep the key it had. When the family name folds to nothing
    /// (CJK names, symbols) the paper id is used instead: it is unique on the site, stable and
    /// already made of key-safe characters, where "2018gpipe" would say nothing about who wrote it.
    /// </remarks>
    private static string Key(Paper paper)
    {
        var first = paper.Authors.Select(Clean).FirstOrDefault(n => n.Length > 0) ?? "";
        var family = Fold(first.Split(' ')[^1]);
        if (family.Length > 0)
        {
            var word = Words(Clean(paper.Title)).Select(Fold).FirstOrDefault(w => w.Length > 0 && !StopWords.Contains(w)) ?? "";
            return family + paper.Date.Year.ToString(CultureInfo.InvariantCulture) + word;
        }
        var id = new string(paper.Id.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-').ToArray()).Trim('-');
        return id.Length > 0 ? id : "paper" + paper.Date.Year.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>Huang, Yanping and Cheng, Youlong</c>: every name as "Family, Given", the family name being its last word.</summary>
    private static string Authors(IEnumerable<string> names) =>
        string.Join(" and ", names.Select(Clean).Where(n => n.Length > 0).Select(n => AuthorCache.GetOrAdd(n, Author)));

    // Entries are made for every paper page on every build, and a name or venue string is shared by
    // many papers (30,000 names and a few hundred venues for 50,000 papers at Papers with Code's
    // scale): each is formatted once per process. Both are pure functions of the string.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthorCache = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Venue> VenueCache = new(StringComparer.Ordinal);

    private static string Author(string name)
    {
        var words = name.Split(' ');
        // A one-word name and a CJK name (family name first, often written without a space) are
        // written as given; braces make BibTeX take such a name whole instead of splitting it at
        // a comma or space into parts it would reorder.
        if (words.Length == 1 || HasCjk(name))
        {
            var text = NamePart(name);
            return name.Contains(',', StringComparison.Ordinal) || words.Length > 1 ? "{" + text + "}" : text;
        }
        var family = NamePart(words[^1]);
        var given = NamePart(string.Join(' ', words[..^1]));
        // A comma inside either part would add a third "von Last, Jr, First" part; braces keep it literal.
        if (words[^1].Contains(',', StringComparison.Ordinal)) family = "{" + family + "}";
        if (given.Contains(',', StringComparison.Ordinal)) given = "{" + given + "}";
        return family + ", " + given;
    }

    // BibTeX separates names at the word "and" in any case; a name containing that word keeps it in braces.
    private static string NamePart(string text) =>
        string.Join(' ', text.Split(' ').Select(w => w.Equals("and", StringComparison.OrdinalIgnoreCase) ? "{" + w + "}" : Escape(w)));

    /// <summary>
    /// The escaped title with words whose capitals must survive (acronyms, CamelCase: GPipe, ResNet,
    /// CIFAR) in braces, since bibliography styles lower-case titles.
    /// </summary>
    private static string Title(string raw)
    {
        var text = Clean(raw);
        var sb = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (IsWordChar(text, i))
            {
                while (i < text.Length && IsWordChar(text, i)) i++;
                var word = text[start..i];
                var protect = false;
                for (var j = 1; j < word.Length && !protect; j++) protect = char.IsUpper(word, j);
                // Words are letters, digits and marks only, so they need no escaping.
                sb.Append(protect ? "{" + word + "}" : word);
            }
            else
            {
                while (i < text.Length && !IsWordChar(text, i)) i++;
                sb.Append(Escape(text[start..i]));
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Escapes the characters BibTeX or LaTeX treat specially. Braces become <c>\textbraceleft{}</c>
    /// and <c>\textbraceright{}</c> rather than <c>\{</c> and <c>\}</c>: BibTeX counts braces
    /// without looking at backslashes, so a lone <c>\}</c> would close the field and let the rest
    /// of the text (<c>} @misc{x,</c>) become BibTeX. With the commands every brace in the output
    /// is one we wrote, and they are always balanced.
    /// </summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            var escaped = ch switch
            {
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\\' => @"\textbackslash{}",
                _ => null,
            };
            if (escaped is null) sb.Append(ch);
            else sb.Append(escaped);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The link as it is: biblatex reads url verbatim and <c>\url</c> typesets it verbatim, so
    /// LaTeX escapes would end up in the address. Only characters that may not appear in a URL
    /// anyway (braces, backslash, spaces, <c>^ | " &lt; &gt; `</c>) are percent-encoded, which keeps
    /// the address the same and the braces balanced.
    /// </summary>
    private static string Url(string url)
    {
        var sb = new StringBuilder(url.Length);
        foreach (var ch in url)
        {
            if (ch is '{' or '}' or '\\' or ' ' or '^' or '|' or '"' or '<' or '>' or '`')
                sb.Append('%').Append(((int)ch).ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append(ch);
        }
        return sb.ToString();
    }

    private static string Braced(string value) => "{" + value + "}";

    /// <summary>One line of text: control characters removed, whitespace runs (line breaks included) made one space, trimmed.</summary>
    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else if (char.IsSurrogate(ch))
            {
                // Lone surrogates cannot be written as UTF-8; pairs are kept.
                if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) sb.Append(ch).Append(text[++i]);
            }
            else if (!char.IsControl(ch)) sb.Append(ch);
        }
        return sb.ToString().TrimEnd(' ');
    }

    /// <summary>Lower-case ASCII letters and digits of <paramref name="text"/>, accents dropped (Hé → he).</summary>
    private static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant().Normalize(NormalizationForm.FormKD))
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(ch);
            // Letters NFKD does not decompose into a base letter and an accent.
            else sb.Append(ch switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => "",
            });
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text, i)) i++;
            var start = i;
            while (i < text.Length && IsWordChar(text, i)) i++;
            if (i > start) yield return text[start..i];
        }
    }

    private static bool IsWordChar(string text, int index) =>
        char.IsLetterOrDigit(text, index) || char.IsSurrogate(text[index])
        || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool HasCjk(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is >= 0x1100 and <= 0x11FF // Hangul Jamo
                or >= 0x2E80 and <= 0x2FDF // CJK radicals
                or >= 0x3040 and <= 0x30FF // Hiragana, Katakana
                or >= 0x3130 and <= 0x318F // Hangul compatibility Jamo
                or >= 0x3400 and <= 0x4DBF // CJK extension A
                or >= 0x4E00 and <= 0x9FFF // CJK unified ideographs
                or >= 0xAC00 and <= 0xD7AF // Hangul syllables
                or >= 0xF900 and <= 0xFAFF // CJK compatibility ideographs
                or >= 0x20000 and <= 0x3FFFF) // CJK extensions B and later
                return true;
        }
        return false;
    }

    private enum VenueKind { Other, Conference, Journal }

    /// <summary>A venue split into its name and closing year, and what kind of venue it is.</summary>
    private sealed record Venue(string Name, int? Year, VenueKind Kind, bool IsPreprintServer)
    {
        public static Venue Parse(string? venue)
        {
            var text = Clean(venue ?? "");
            int? year = null;
            if (TrailingYear().Match(text) is { Success: true } m)
            {
                year = int.Parse(m.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                text = m.Groups["name"].Value.TrimEnd(' ', ',', '-', '–', '\'', '(');
            }
            var words = Words(text).ToList();
            var kind =
                words.Any(JournalWords.Contains) || StartsWith(words, "Nature") || StartsWith(words, "Science")
                || text.StartsWith("Proceedings of the IEEE", StringComparison.OrdinalIgnoreCase)
                    ? VenueKind.Journal
                    : words.Any(ConferenceWords.Contains) || text.Contains("Neural Information Processing Systems", StringComparison.OrdinalIgnoreCase)
                        ? VenueKind.Conference
                        : VenueKind.Other;
            var preprint = kind == VenueKind.Other && words.Any(w => w.Equals("arXiv", StringComparison.OrdinalIgnoreCase) || w.Equals("CoRR", StringComparison.OrdinalIgnoreCase));
            return new Venue(text, year, kind, preprint);
        }

        // Nature and Science are journals when the venue starts with them ("Nature Communications");
        // elsewhere they are ordinary words ("Workshop on Data Science").
        private static bool StartsWith(List<string> words, string first) =>
            words.Count > 0 && words[0].Equals(first, StringComparison.OrdinalIgnoreCase);
    }
}
