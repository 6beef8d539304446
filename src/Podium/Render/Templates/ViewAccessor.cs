using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Podium.Render.Templates;

/// <summary>
/// Reads the members of a view type for templates, under Scriban's snake_case names
/// (<c>DescriptionHtml</c> is <c>description_html</c>). Scriban's own accessor calls
/// <see cref="PropertyInfo.GetValue(object)"/> on every read; this one compiles a getter per
/// property once per type, shared by every thread, which keeps member reads off the profile of
/// a 100,000-page build. Views are read-only: templates cannot set members.
/// </summary>
internal sealed class ViewAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewAccessor> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    private ViewAccessor(Type type)
    {
        _getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            // Records have a compiler-made EqualityContract; indexers take arguments.
            if (property.GetIndexParameters().Length > 0 || property.Name == "EqualityContract" || property.GetMethod is null) continue;
            _getters[StandardMemberRenamer.Default(property)] = Compile(type, property);
        }
    }

    public static ViewAccessor For(Type type) => ByType.GetOrAdd(type, static t => new ViewAccessor(t));

    /// <summary>
    /// True for the types this accessor serves: view objects (records and classes). Strings, raw
    /// HTML, lists and Scriban's own objects keep Scriban's accessors.
    /// </summary>
    public static bool Serves(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(RawHtml)
        && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(IScriptObject).IsAssignableFrom(type);

    public IEnumerable<string> Names => _getters.Keys;

    public int Count => _getters.Count;

    public bool Has(string member) => _getters.ContainsKey(member);

    public bool TryGet(object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    private static readonly object True = true;
    private static readonly object False = false;

    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        Expression read = Expression.Property(Expression.Convert(target, type), property);
        // Flags are read on every row: hand out two shared boxes instead of boxing each read.
        read = property.PropertyType == typeof(bool)
            ? Expression.Condition(read, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(read, target).Compile();
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) => TryGet(target, member, out value);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
