using System.Text.RegularExpressions;
using HandlebarsDotNet;

namespace Podium.Render;

/// <summary>
/// The one place that knows the template engine (Handlebars.Net; the product was specified with
/// Scriban, which the package registry lacks). Templates are compiled once and reused from many
/// threads. UI strings are available everywhere as <c>{{@t.key}}</c>. A field a template names but the view lacks is a build error, not an empty string.
/// Values are HTML-escaped unless a template uses triple braces, which it does only for HTML
/// this generator produced itself (rendered Markdown, the page body).
/// </summary>
public sealed partial class TemplateRenderer
{
    // Handlebars.Net 2.4 indents the output of a partial called on its own indented line, and on
    // that path some values inside the partial come out without HTML escaping (found by the
    // hostile-content tests). Removing the indentation before compiling keeps every call on the
    // escaped path; the only cost is less indented HTML.
    [GeneratedRegex(@"^[ \t]+(?=\{\{#?>)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PartialIndent();

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _templates = new(StringComparer.Ordinal);

    // Passed as Handlebars data, so every template and every nested block reads UI strings as `{{@t.key}}`.
    private readonly object _data;

    public TemplateRenderer(string templatesDirectory, IReadOnlyDictionary<string, string> uiStrings)
    {
        _data = new { t = uiStrings };
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = true,
        });

        var partials = Path.Combine(templatesDirectory, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var file in Sorted(Directory.GetFiles(partials, "*.hbs")))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                Guard($"partials/{name}.hbs", () => handlebars.RegisterTemplate(name, ReadTemplate(file)));
            }
        }
        foreach (var file in Sorted(Directory.GetFiles(templatesDirectory, "*.hbs")))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Guard($"{name}.hbs", () => _templates[name] = handlebars.Compile(ReadTemplate(file)));
        }
    }

    /// <summary>Renders <c>templates/&lt;name&gt;.hbs</c> with <paramref name="view"/> as its context.</summary>
    public string Render(string name, object view)
    {
        if (!_templates.TryGetValue(name, out var template))
        {
            throw new TemplateException($"{name}.hbs", "template not found");
        }
        try
        {
            return template(view, _data);
        }
        catch (Exception ex) when (IsEngineError(ex))
        {
            throw new TemplateException($"{name}.hbs", ex.Message, ex);
        }
    }

    private static string ReadTemplate(string path) => PartialIndent().Replace(File.ReadAllText(path), "");

    private static void Guard(string file, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (IsEngineError(ex))
        {
            throw new TemplateException(file, ex.Message, ex);
        }
    }

    // Syntax errors, unknown fields and missing partials all surface as the engine's own exception types.
    private static bool IsEngineError(Exception ex) => ex.GetType().Namespace?.StartsWith("HandlebarsDotNet", StringComparison.Ordinal) == true;

    private static string[] Sorted(string[] files)
    {
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
