namespace Podium.Render.Views;

/// <summary>A labelled link; <paramref name="Current"/> marks the page's own entry in navigation.</summary>
public sealed record LinkView(string Label, string Url, bool Current = false);
