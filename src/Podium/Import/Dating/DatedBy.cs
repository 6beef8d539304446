namespace Podium.Import.Dating;

/// <summary>How an imported row got its date, in the order the importer tries them; the report counts rows by it.</summary>
public enum DatedBy
{
    /// <summary>The row's own date (Papers with Code's <c>paper_date</c>).</summary>
    Given,
    /// <summary>The paper is already in the content, with its date.</summary>
    ContentPaper,
    /// <summary>Another row of the archive for the same paper gave the date.</summary>
    OtherRow,
    /// <summary>The month of the paper's arXiv id.</summary>
    Arxiv,
    /// <summary>An identifier whose form carries a year: ACL Anthology id, proceedings link, DOI.</summary>
    Identifier,
    /// <summary>A year written in the row's model name or paper title.</summary>
    WrittenYear,
    /// <summary>The date given to the import for rows nothing else dates.</summary>
    Undated,
}
