using Podium.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Podium.Render.Templates;

/// <summary>
/// The one place that knows the template engine, Scriban. Every <c>*.sbn-html</c> file of the
/// templates folder (pages at the top, <c>partials/</c> below) is parsed once with its path and
/// shared by all threads; each thread renders with its own <see cref="HtmlTemplateContext"/>.
/// Templates see their view's members by snake_case name, the UI strings as <c>t.key</c>, and
/// <c>partial "name" value</c>, which renders <c>partials/name.sbn-html</c> with
/// <c>value</c> as its view and returns <see cref="RawHtml"/> (Scriban's <c>include</c> is
/// turned off: its result is a string, which the context would escape a second time).
/// </summary>
public sealed class TemplateRenderer
{
    public const string Extension = ".sbn-html";
    private const string PartialsFolder = "partials";

    private readonly Dictionary<string, Template> _pages;
    private readonly Dictionary<string, Template> _partials;
    private readonly ScriptObject _globals;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    public TemplateRenderer(string templatesDirectory, IReadOnlyDictionary<string, string> uiStrings)
    {
        _pages = ParseAll(templatesDirectory, "");
        _partials = ParseAll(Path.Combine(templatesDirectory, PartialsFolder), PartialsFolder + "/");

        var strings = new ScriptObject(StringComparer.Ordinal);
        foreach (var (key, value) in uiStrings) strings.Add(key, value);
        strings.IsReadOnly = true;
        _globals = new ScriptObject(StringComparer.Ordinal)
        {
            ["t"] = strings,
            ["partial"] = new PartialFunction(this),
            ["include"] = null,
        };
        _globals.IsReadOnly = true;
        _contexts = new ThreadLocal<HtmlTemplateContext>(() => new HtmlTemplateContext(_globals));
    }

    /// <summary>Renders <c>templates/&lt;name&gt;.sbn-html</c> with <paramref name="view"/> as its context, now, to text.</summary>
    public RawHtml Render(string name, object view) => new(RenderText(Page(name), view));

    /// <summary>
    /// Renders <c>templates/&lt;name&gt;.sbn-html</c> with <paramref name="view"/> and hands the text,
    /// still in this thread's buffer, to <paramref name="toBytes"/>, which makes the file's bytes.
    /// A page never becomes a string: big pages would be copied again and again on the large object heap.
    /// </summary>
    public byte[] RenderBytes(string name, object view, Func<System.Text.StringBuilder, byte[]> toBytes)
    {
        var template = Page(name);
        var context = _contexts.Value!;
        context.BeginTemplate();
        try
        {
            return Scoped(context, template, view, (c, t) =>
            {
                Evaluate(c, t);
                return toBytes(c.CurrentText);
            });
        }
        finally
        {
            context.EndTemplate();
        }
    }

    /// <summary>
    /// The output of <c>templates/&lt;name&gt;.sbn-html</c> for <paramref name="view"/>, rendered
    /// when a template writes it, straight into that template's output (a page's body in the layout).
    /// </summary>
    public RawHtml Deferred(string name, object view) => Deferred(Page(name), view);

    private Template Page(string name) =>
        _pages.TryGetValue(name, out var template) ? template : throw new TemplateException(name + Extension, "template not found");

    private RawHtml Partial(string name, object? view)
    {
        if (!_partials.TryGetValue(name, out var template))
        {
            throw new TemplateException($"{PartialsFolder}/{name}{Extension}", "partial not found");
        }
        return Deferred(template, view ?? Array.Empty<object>());
    }

    private RawHtml Deferred(Template template, object view) =>
        new(context => WriteInto(context, template, view), () => RenderText(template, view));

    // A whole render on this thread's context: into the buffer of its nesting level, then to text.
    private string RenderText(Template template, object view)
    {
        var context = _contexts.Value!;
        context.BeginTemplate();
        try
        {
            return Scoped(context, template, view, static (c, t) => t.Render(c));
        }
        finally
        {
            context.EndTemplate();
        }
    }

    // A template inside another one's render: written straight into the current output.
    private static void WriteInto(HtmlTemplateContext context, Template template, object view) =>
        Scoped(context, template, view, static (c, t) => Evaluate(c, t));

    // Template.Evaluate would turn output off; evaluating the page itself writes to the current output.
    private static object? Evaluate(HtmlTemplateContext context, Template template)
    {
        context.PushSourceFile(template.SourceFilePath!);
        try
        {
            return context.Evaluate(template.Page!);
        }
        finally
        {
            context.PopSourceFile();
        }
    }

    // The template sees its own view's members only: the caller's scope is hidden meanwhile.
    private static TResult Scoped<TResult>(HtmlTemplateContext context, Template template, object view, Func<HtmlTemplateContext, Template, TResult> run)
    {
        var outer = context.GlobalCount > 2 ? context.PopGlobal() : null;
        context.PushGlobal(new ViewScope(view));
        try
        {
            return run(context, template);
        }
        catch (ScriptRuntimeException ex) when (Inner(ex) is { } inner)
        {
            // Scriban wraps what a nested template threw; report the nested template's own place.
            throw inner;
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException(RelativePath(ex.Span.FileName), ex.OriginalMessage, ex, Position(ex.Span));
        }
        finally
        {
            context.PopGlobal();
            if (outer is not null) context.PushGlobal(outer);
        }
    }

    private static TemplateException? Inner(Exception ex)
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is TemplateException found) return found;
        }
        return null;
    }

    private static Dictionary<string, Template> ParseAll(string folder, string prefix)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return templates;
        var files = Directory.GetFiles(folder, "*" + Extension);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file)[..^Extension.Length];
            var template = Template.Parse(File.ReadAllText(file), prefix + name + Extension);
            if (template.HasErrors)
            {
                var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
                throw new TemplateException(prefix + name + Extension, first.Message, position: Position(first.Span));
            }
            templates[name] = template;
        }
        return templates;
    }

    private static SourcePosition Position(SourceSpan span) => new(span.Start.Line + 1, span.Start.Column + 1);

    private static string RelativePath(string? sourceFile) => sourceFile ?? "templates";

    /// <summary><c>partial "name" value</c>: renders a partial template and returns its HTML.</summary>
    private sealed class PartialFunction(TemplateRenderer renderer) : IScriptCustomFunction
    {
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            if (arguments.Count is < 1 or > 2 || arguments[0] is not string name)
            {
                throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "`partial` takes a partial's name and the value it shows: partial \"paper-list\" papers");
            }
            return renderer.Partial(name, arguments.Count == 2 ? arguments[1] : null);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        public int RequiredParameterCount => 1;
        public int ParameterCount => 2;
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) =>
            index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "value");
    }
}
