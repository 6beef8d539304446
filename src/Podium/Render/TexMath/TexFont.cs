namespace Podium.Render.TexMath;

/// <summary>A font a TeX command selects. Italic is math's default for Latin letters (variables); in text mode it means "as written".</summary>
internal enum TexFont { Italic, Upright, DoubleStruck, Script, Fraktur }
