namespace Podium.Render.Views;

/// <summary>A row's status mark: what kind of check, who, when and a link; a row not reproduced within its uncertainty also shows both values.</summary>
/// <param name="Status">The status as exports spell it (<c>reproduced</c>, <c>not-reproduced</c>, …): the mark's class.</param>
/// <param name="Mark">A one-character mark drawn before the text (decorative: the text says the same).</param>
/// <param name="Text">"Reproduced by @jdoe, 1 Jun 2020".</param>
/// <param name="Values">"claimed 78.0% [77.0, 79.6], measured 76.5%", only when not reproduced.</param>
public sealed record ResultStatusView(string Status, string Mark, string Text, string? Url, string? Values);
