namespace Podium.Render.Views;

/// <summary>A leaderboard table, fully formatted: templates only place these strings.</summary>
public sealed record TableView(
    string Caption,
    IReadOnlyList<MetricColumnView> Columns,
    IReadOnlyList<RowView> Rows,
    bool HasExtraData,
    bool HasUnranked);
