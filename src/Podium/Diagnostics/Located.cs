namespace Podium.Diagnostics;

/// <summary>A value read from content, with where it was written, so later checks can point at it.</summary>
public readonly record struct Located<T>(T Value, SourcePosition Position);
