namespace Podium.Import.Dating;

/// <summary>
/// The year of the conference each well-known PMLR volume holds (<c>proceedings.mlr.press/v97/…</c>
/// is ICML 2019). PMLR numbers volumes in order of publication, not by year, so only volumes listed
/// here date a row; any other volume is reported as unknown rather than guessed at.
/// </summary>
public static class PmlrVolumes
{
    public static readonly IReadOnlyDictionary<int, (string Venue, int Year)> Table = new Dictionary<int, (string, int)>
    {
        // ICML
        [28] = ("ICML", 2013), [32] = ("ICML", 2014), [37] = ("ICML", 2015), [48] = ("ICML", 2016), [70] = ("ICML", 2017),
        [80] = ("ICML", 2018), [97] = ("ICML", 2019), [119] = ("ICML", 2020), [139] = ("ICML", 2021), [162] = ("ICML", 2022),
        [202] = ("ICML", 2023), [235] = ("ICML", 2024),
        // AISTATS
        [9] = ("AISTATS", 2010), [15] = ("AISTATS", 2011), [22] = ("AISTATS", 2012), [31] = ("AISTATS", 2013), [33] = ("AISTATS", 2014),
        [38] = ("AISTATS", 2015), [51] = ("AISTATS", 2016), [54] = ("AISTATS", 2017), [84] = ("AISTATS", 2018), [89] = ("AISTATS", 2019),
        [108] = ("AISTATS", 2020), [130] = ("AISTATS", 2021), [151] = ("AISTATS", 2022), [206] = ("AISTATS", 2023), [238] = ("AISTATS", 2024),
        // COLT
        [40] = ("COLT", 2015), [49] = ("COLT", 2016), [65] = ("COLT", 2017), [75] = ("COLT", 2018), [99] = ("COLT", 2019),
        [125] = ("COLT", 2020), [134] = ("COLT", 2021), [178] = ("COLT", 2022), [195] = ("COLT", 2023),
        // CoRL (dated by the conference, which PMLR sometimes publishes the next year)
        [78] = ("CoRL", 2017), [87] = ("CoRL", 2018), [100] = ("CoRL", 2019), [155] = ("CoRL", 2020), [164] = ("CoRL", 2021),
        [205] = ("CoRL", 2022), [229] = ("CoRL", 2023),
        // UAI
        [115] = ("UAI", 2019), [124] = ("UAI", 2020), [161] = ("UAI", 2021), [180] = ("UAI", 2022), [216] = ("UAI", 2023),
    };
}
