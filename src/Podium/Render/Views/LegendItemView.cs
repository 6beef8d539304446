namespace Podium.Render.Views;

/// <summary>One entry of a leaderboard's legend: a mark as the table shows it and what it means.</summary>
/// <param name="Status">The mark's class suffix (as <see cref="ResultStatusView.Status"/>), or null for an entry without a mark.</param>
public sealed record LegendItemView(string? Status, string Mark, string Label, string Text);
