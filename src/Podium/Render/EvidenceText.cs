using System.Globalization;
using Podium.Model;

namespace Podium.Render;

/// <summary>How a result's evidence and uncertainty read in pages, feeds and exports.</summary>
public static class EvidenceText
{
    /// <summary>
    /// "Table 2, p. 5" in the given words for table, figure and page (pages pass their language's;
    /// exports pass English); the quote when no label or page is given, else the empty string.
    /// </summary>
    public static string Label(Evidence evidence, Func<string, string> table, Func<string, string> figure, Func<string, string> page)
    {
        var parts = new List<string>(2);
        if (evidence.Table is { } t) parts.Add(table(t));
        if (evidence.Figure is { } f) parts.Add(figure(f));
        if (evidence.Page is { } p) parts.Add(page(p.ToString(CultureInfo.InvariantCulture)));
        return parts.Count > 0 ? string.Join(", ", parts) : evidence.Quote ?? "";
    }

    /// <summary>The English label exports carry.</summary>
    public static string English(Evidence evidence) => Label(evidence, t => "Table " + t, f => "Figure " + f, p => "p. " + p);

    /// <summary>
    /// What follows a value: <c>± 0.04</c> for a standard deviation, <c>[88.50, 88.60]</c> for an
    /// interval, with the digits as written.
    /// </summary>
    public static string Spread(Uncertainty uncertainty) =>
        uncertainty.Ci95 is { } ci ? $"[{ci.Low.Text}, {ci.High.Text}]" : "± " + uncertainty.Std!.Value.Text;

    /// <summary>The export form of an uncertainty: the standard deviation alone, or the interval in brackets.</summary>
    public static string Export(Uncertainty uncertainty) =>
        uncertainty.Ci95 is { } ci ? $"[{ci.Low.Text}, {ci.High.Text}]" : uncertainty.Std!.Value.Text;
}
