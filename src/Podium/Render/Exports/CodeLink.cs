using Podium.Model;

namespace Podium.Render.Exports;

/// <summary>
/// The code link a row shows: its own <c>code</c>, else the first code link its paper lists. The
/// page, the CSV and the JSON all ask here, so a download never says "no code" beside a page
/// that links it.
/// </summary>
internal static class CodeLink
{
    public static string? Of(Result result) => result.Code ?? result.Paper?.Code.FirstOrDefault();
}
