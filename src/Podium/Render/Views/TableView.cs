namespace Podium.Render.Views;

/// <summary>A leaderboard table, fully formatted: templates only place these strings.</summary>
/// <param name="HasRankRanges">True when a row has an uncertainty on the ranking metric: the table shows a rank-range column.</param>
/// <param name="Legend">What the table's status marks, uncertainties and rank ranges mean; empty when it shows none.</param>
/// <param name="HasRecords">Some rank is green (the result was the state of the art when published): the legend says so.</param>
/// <param name="HasBest">Some column marks its best value: the legend says so.</param>
/// <param name="MoreColumns">The label of the control that unfolds sparse columns; null when none is folded.</param>
/// <param name="Rest">The page with every row, when this table shows a long board's first rows (the page script loads the rest from it); null otherwise.</param>
public sealed record TableView(
    string Caption,
    IReadOnlyList<MetricColumnView> Columns,
    IReadOnlyList<RowView> Rows,
    bool HasExtraData,
    bool HasUnranked,
    bool HasRecords,
    bool HasBest,
    string? MoreColumns,
    bool HasRankRanges = false,
    IReadOnlyList<LegendItemView>? Legend = null,
    LinkView? Rest = null);
