namespace Podium.Render.Views;

/// <summary>The index of all datasets with their leaderboards.</summary>
public sealed record DatasetsIndexView(IReadOnlyList<DatasetSummaryView> Datasets);
