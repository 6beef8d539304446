using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Podium.Render;

/// <summary>
/// The UI strings the page script's controls need, written once at the head of the published
/// <c>podium.js</c> (<c>window.podiumText = {…};</c>) in the site's language. The leaderboard
/// tools (filter, sort labels, status filter, "as of" date), a paper's badges and the copy buttons are made by the
/// script, which is what shows them: their markup and strings in every page were 1.5 KB on each
/// of 10,000 leaderboard pages at Papers with Code's scale, hidden from readers without script.
/// </summary>
public static class ScriptStrings
{
    public const string Script = "podium.js";

    /// <summary>The keys of templates/i18n/*.yaml the scripts read, by the same names.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "filter_rows", "filter_placeholder", "rows_shown", "sort_by", "include_extra_data",
        "show_abstracts", "hide_abstracts", "abstract_toggle", "abstracts_unavailable", "no_abstract",
        "filter_status", "status_any", "status_checked", "status_reproduced_or_re_evaluated", "status_not_reproduced", "status_self_reported",
        "as_of", "as_of_summary", "as_of_empty", "as_of_mark",
        "copy", "copied", "badges", "badges_intro",
    ];

    // The default encoder escapes <, >, &, ' and non-ASCII as \uXXXX: safe inside a script whatever a translation holds.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>The statement that goes before the script's own code.</summary>
    public static byte[] Prefix(UiStrings t)
    {
        var strings = Keys.ToDictionary(k => k, k => t[k], StringComparer.Ordinal);
        return Encoding.UTF8.GetBytes("window.podiumText=" + JsonSerializer.Serialize(strings, Options) + ";\n");
    }
}
