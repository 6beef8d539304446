using Podium.Render.Templates;

namespace Podium.Render.Charts;

/// <summary>A drawn chart: the SVG markup, the sentence that captions it and the name its switch button shows.</summary>
public sealed record ChartView(RawHtml Svg, string Caption, string Name);
