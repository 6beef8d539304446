using System.Globalization;
using System.Text.RegularExpressions;

namespace Podium.Import.Dating;

/// <summary>
/// Years carried by the form of an identifier: ACL Anthology ids (<c>P18-1031</c>,
/// <c>2020.acl-main.447</c>), proceedings links whose path holds the year or a volume that maps to
/// one (NeurIPS, CVF, ECVA, PMLR, JMLR, AAAI, IJCAI, ISCA Interspeech), and DOIs whose form carries
/// the year (IEEE conference, IJCAI, ISCA, AAAI volumes). Each is the year of publication in that
/// venue, which is when the result was first public unless a preprint came earlier.
/// </summary>
public static partial class IdentifierYears
{
    // Old-style Anthology ids: a venue letter, the year's two digits, a number. Only the letters the
    // Anthology used, and only whole tokens, so a model name such as "B12-3456" is not read as one.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<id>[ACDEHIJKLNPQSTUWY](?<yy>[0-9]{2})-[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AclOld();

    [GeneratedRegex(@"(?<![A-Za-z0-9.])(?<id>(?<year>[0-9]{4})\.[a-z][a-z0-9]*-[a-z0-9]+\.[0-9]+)(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex AclNew();

    [GeneratedRegex(@"(papers\.nips\.cc|papers\.neurips\.cc|proceedings\.neurips\.cc)/paper(_files/paper)?/(?<year>[0-9]{4})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NeurIps();

    [GeneratedRegex(@"openaccess\.thecvf\.com/content[_/](?<venue>[A-Za-z]+)_?(?<year>[0-9]{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Cvf();

    [GeneratedRegex(@"ecva\.net/papers/eccv_(?<year>[0-9]{4})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ecva();

    [GeneratedRegex(@"(proceedings\.mlr\.press|jmlr\.org/proceedings/papers)/v(?<volume>[0-9]{1,4})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Pmlr();

    [GeneratedRegex(@"jmlr\.org/papers/v(?<volume>[0-9]{1,3})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Jmlr();

    [GeneratedRegex(@"aaai\.org/ocs/index\.php/AAAI/AAAI(?<yy>[0-9]{2})/|aaai\.org/(Papers|Library)/AAAI/(?<year>[0-9]{4})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Aaai();

    [GeneratedRegex(@"(?<doi>10\.1609/aaai\.v(?<volume>[0-9]{1,3})i[0-9]+\.[0-9]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AaaiDoi();

    [GeneratedRegex(@"ijcai\.org/proceedings/(?<year>[0-9]{4})/|ijcai\.org/proceedings/(?<yy>[0-9]{2})/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Ijcai();

    [GeneratedRegex(@"isca-(speech|archive)\.org/(\S*/)?interspeech_(?<year>[0-9]{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Interspeech();

    // DOIs whose registrant writes the year into the suffix in a fixed place.
    [GeneratedRegex(@"(?<doi>10\.1109/(?<venue>[A-Za-z][A-Za-z0-9-]*)\.(?<year>[0-9]{4})\.[0-9]+|10\.24963/ijcai\.(?<year>[0-9]{4})/[0-9]+|10\.21437/interspeech\.(?<year>[0-9]{4})-[0-9]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex YearDoi();

    /// <summary>Every year the identifiers in <paramref name="text"/> carry, in the order they appear.</summary>
    public static IEnumerable<YearClue> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match m in AclOld().Matches(text))
        {
            var yy = Number(m, "yy");
            // The Anthology's two-digit ids began in 1965 and were replaced by the new form in 2020.
            var year = yy >= 50 ? 1900 + yy : 2000 + yy;
            var id = m.Groups["id"].Value;
            yield return new YearClue(year, $"ACL Anthology {id}", year >= 2020 ? $"`{id}` is not an ACL Anthology id: the two-digit form ended in 2019" : null);
        }
        foreach (Match m in AclNew().Matches(text)) yield return new YearClue(Number(m, "year"), $"ACL Anthology {m.Groups["id"].Value}");
        foreach (Match m in NeurIps().Matches(text)) yield return new YearClue(Number(m, "year"), $"the NeurIPS {m.Groups["year"].Value} proceedings link");
        foreach (Match m in Cvf().Matches(text))
        {
            yield return new YearClue(Number(m, "year"), $"the CVF {m.Groups["venue"].Value.ToUpperInvariant()} {m.Groups["year"].Value} open-access link");
        }
        foreach (Match m in Ecva().Matches(text)) yield return new YearClue(Number(m, "year"), $"the ECCV {m.Groups["year"].Value} link");
        foreach (Match m in Pmlr().Matches(text))
        {
            var volume = Number(m, "volume");
            yield return PmlrVolumes.Table.TryGetValue(volume, out var known)
                ? new YearClue(known.Year, $"PMLR volume {volume} ({known.Venue} {known.Year})")
                : new YearClue(0, $"PMLR volume {volume}", $"PMLR volume {volume} is not in the importer's table of volumes");
        }
        // JMLR has published one volume a year since 2000.
        foreach (Match m in Jmlr().Matches(text)) yield return new YearClue(1999 + Number(m, "volume"), $"JMLR volume {m.Groups["volume"].Value}");
        foreach (Match m in Aaai().Matches(text))
        {
            var year = m.Groups["year"].Success ? Number(m, "year") : 2000 + Number(m, "yy");
            yield return new YearClue(year, $"the AAAI {year} proceedings link");
        }
        foreach (Match m in AaaiDoi().Matches(text))
        {
            // AAAI's volumes follow the conference year since AAAI-12 (volume 26); AAAI-19 is volume 33.
            var volume = Number(m, "volume");
            var doi = m.Groups["doi"].Value;
            yield return new YearClue(1986 + volume, $"DOI {doi} (AAAI volume {volume})", volume < 26 ? $"DOI {doi}: AAAI volumes before 26 do not follow the year" : null);
        }
        foreach (Match m in Ijcai().Matches(text))
        {
            var year = m.Groups["year"].Success ? Number(m, "year") : 2000 + Number(m, "yy");
            yield return new YearClue(year, $"the IJCAI {year} proceedings link");
        }
        foreach (Match m in Interspeech().Matches(text)) yield return new YearClue(Number(m, "year"), $"the Interspeech {m.Groups["year"].Value} archive link");
        foreach (Match m in YearDoi().Matches(text)) yield return new YearClue(Number(m, "year"), $"DOI {m.Groups["doi"].Value}");
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
