using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Podium.Render.Templates;

/// <summary>
/// A view's members as a template's top-level names, so a page template writes <c>{{ title }}</c>
/// rather than <c>{{ model.title }}</c>. A partial given a list sees it as <c>items</c>. Read-only.
/// </summary>
internal sealed class ViewScope : IScriptObject
{
    private const string ItemsName = "items";

    private readonly object _view;
    private readonly ViewAccessor? _accessor;

    public ViewScope(object view)
    {
        _view = view;
        _accessor = view is System.Collections.IEnumerable and not string ? null : ViewAccessor.For(view.GetType());
    }

    public int Count => _accessor?.Count ?? 1;

    public IEnumerable<string> GetMembers() => _accessor?.Names ?? [ItemsName];

    public bool Contains(string member) => _accessor?.Has(member) ?? member == ItemsName;

    public bool IsReadOnly { get => true; set { } }

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (_accessor is not null) return _accessor.TryGet(_view, member, out value);
        value = member == ItemsName ? _view : null;
        return member == ItemsName;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep) => this;
}
