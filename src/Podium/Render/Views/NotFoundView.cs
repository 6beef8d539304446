namespace Podium.Render.Views;

/// <summary>The 404 page.</summary>
public sealed record NotFoundView(string HomeUrl);
