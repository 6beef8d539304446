namespace Podium.Model;

/// <summary>Where a result's numbers are printed: a table or figure of its paper or source, a page, a quote, a link.</summary>
/// <param name="Table">The table's label as printed ("2", "A.3"); never set together with <paramref name="Figure"/>.</param>
/// <param name="Page">The page of the PDF, 1 or more.</param>
/// <param name="Quote">The numbers as printed, one line of at most 200 characters.</param>
/// <param name="Url">The exact place (a log, an evaluation output); readers otherwise follow the paper's own link.</param>
public sealed record Evidence(string? Table, string? Figure, int? Page, string? Quote, string? Url);
