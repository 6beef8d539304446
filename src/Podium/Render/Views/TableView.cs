using Podium.Render.Templates;

namespace Podium.Render.Views;

/// <summary>A leaderboard table, fully formatted: templates only place these strings.</summary>
public sealed record TableView(
    string Caption,
    IReadOnlyList<MetricColumnView> Columns,
    IReadOnlyList<RowView> Rows,
    bool HasExtraData,
    bool HasUnranked);

/// <summary>A metric column header: name, unit and which direction is better.</summary>
/// <param name="Better"><c>high</c> or <c>low</c>: which way the page script sorts first.</param>
public sealed record MetricColumnView(string Name, string? Unit, string Arrow, string Direction, bool IsRankBy, string Better);

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

/// <summary>A metric value as written; <paramref name="IsBest"/> marks the column's best value.</summary>
public sealed record CellView(string Text, bool IsBest, bool IsEmpty);
