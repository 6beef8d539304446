using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>One result row; <paramref name="Id"/> is its anchor on the leaderboard page (null in previews, where ids could repeat).</summary>
/// <param name="Class">The row's classes: <c>unranked</c>, <c>extra-data</c>, <c>record</c> (held the state of the art); null for none.</param>
/// <param name="Status">The row's status for the page script's filter (<c>data-status</c>); null when self-reported.</param>
/// <param name="Check">The status mark; null when self-reported.</param>
/// <param name="Evidence">Where the numbers are printed; null when the result does not say.</param>
/// <param name="RankRange">"3–5"; null unless the leaderboard shows rank ranges (empty for unranked rows then).</param>
public sealed record RowView(
    string? Id,
    string? Class,
    string Rank,
    bool IsRanked,
    bool IsRecord,
    string Model,
    string SourceTitle,
    string? SourceUrl,
    bool SourceIsExternal,
    string Date,
    string DateIso,
    string? Venue,
    IReadOnlyList<CellView> Cells,
    bool ExtraTrainingData,
    string? Code,
    RawHtml? NotesHtml,
    string? Status = null,
    ResultStatusView? Check = null,
    EvidenceView? Evidence = null,
    string? RankRange = null);
