namespace Podium.Render.Views;

/// <summary>A leaderboard table, fully formatted: templates only place these strings.</summary>
/// <param name="HasRankRanges">True when a row has an uncertainty on the ranking metric: the table shows a rank-range column.</param>
/// <param name="Legend">What the table's status marks, uncertainties and rank ranges mean; empty when it shows none.</param>
public sealed record TableView(
    string Caption,
    IReadOnlyList<MetricColumnView> Columns,
    IReadOnlyList<RowView> Rows,
    bool HasExtraData,
    bool HasUnranked,
    bool HasRankRanges = false,
    IReadOnlyList<LegendItemView>? Legend = null);
