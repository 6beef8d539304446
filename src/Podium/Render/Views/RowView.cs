using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>One result row; <paramref name="Id"/> is its anchor on the leaderboard page (null in previews, where ids could repeat).</summary>
/// <param name="Class">The row's classes: <c>unranked</c>, <c>extra-data</c>, <c>record</c> (held the state of the art); null for none.</param>
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
    RawHtml? NotesHtml);
