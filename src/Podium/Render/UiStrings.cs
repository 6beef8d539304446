using System.Globalization;
using Podium.Diagnostics;
using Podium.Render.Templates;
using Podium.Load.Yaml;

namespace Podium.Render;

/// <summary>
/// The UI strings of one language, from <c>templates/i18n/&lt;lang&gt;.yaml</c>. Every language
/// must define every key English defines, so a translated site has no English left in it.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, string> _strings;

    private UiStrings(string language, Dictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    public string Language { get; }

    /// <summary>All strings, for templates (<c>{{t.rank}}</c>).</summary>
    public IReadOnlyDictionary<string, string> All => _strings;

    public string this[string key] =>
        _strings.TryGetValue(key, out var value) ? value : throw new TemplateException($"i18n/{Language}.yaml", $"UI string `{key}` is missing");

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>"1 result" or "5 results", from <c>{key}_one</c> and <c>{key}_many</c>.</summary>
    public string Count(string key, int count) =>
        count == 1 ? this[key + "_one"] : Format(key + "_many", count.ToString(CultureInfo.InvariantCulture));

    public string Date(DateOnly date) => date.ToString(this["date_format"], CultureInfo.InvariantCulture);

    public string Month(DateOnly date) => date.ToString(this["month_format"], CultureInfo.InvariantCulture);

    /// <summary>A month's short name within its year, for archive links.</summary>
    public string MonthShort(DateOnly date) => date.ToString(this["month_short_format"], CultureInfo.InvariantCulture);

    /// <summary>The name of a language tag in the UI language, or the tag itself.</summary>
    public string LanguageName(string tag) =>
        _strings.TryGetValue("language_name_" + tag.ToLowerInvariant(), out var name) ? name : tag;

    public static UiStrings Load(string templatesDirectory, string language)
    {
        var english = Read(templatesDirectory, "en");
        if (language == "en") return new UiStrings("en", english);
        var strings = Read(templatesDirectory, language);
        var missing = english.Keys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new TemplateException($"i18n/{language}.yaml", $"missing UI strings: {string.Join(", ", missing)}");
        }
        return new UiStrings(language, strings);
    }

    private static Dictionary<string, string> Read(string templatesDirectory, string language)
    {
        var relative = $"i18n/{language}.yaml";
        var path = Path.Combine(templatesDirectory, "i18n", language + ".yaml");
        if (!File.Exists(path)) throw new TemplateException(relative, "UI strings file not found");

        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read(relative, File.ReadAllText(path), diagnostics);
        if (root is not YamlMapping mapping)
        {
            var first = diagnostics.ToSortedList().FirstOrDefault();
            throw new TemplateException(relative, first?.ToString() ?? "expected a mapping of `key: text`");
        }
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            if (value is not YamlScalar scalar) throw new TemplateException(relative, $"`{key.Value}` must be text");
            strings[key.Value] = scalar.Value;
        }
        return strings;
    }
}
