namespace Podium.Import.Dating;

/// <summary>How many imported rows got their date in one way.</summary>
public sealed record DatingCount(DatedBy How, int Rows)
{
    public string Label => How switch
    {
        DatedBy.Given => "by their own date",
        DatedBy.ContentPaper => "by a paper in the content",
        DatedBy.OtherRow => "by another row of the same paper",
        DatedBy.Arxiv => "by the month of their arXiv id",
        DatedBy.Identifier => "by the year of an identifier",
        DatedBy.WrittenYear => "by a year written in the row",
        DatedBy.Undated => "by --undated",
        _ => How.ToString(),
    };

    /// <summary>Counts in the order the importer tries the ways, without the ways no row took.</summary>
    public static IReadOnlyList<DatingCount> Of(IEnumerable<DatedBy> rows) =>
        rows.GroupBy(h => h).OrderBy(g => g.Key).Select(g => new DatingCount(g.Key, g.Count())).ToList();
}
