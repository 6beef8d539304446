namespace Podium.Render.TexMath;

/// <summary>TeX's two modes: math (variables in italic, operators spaced) and text (as written).</summary>
internal enum TexMode { Math, Text }
