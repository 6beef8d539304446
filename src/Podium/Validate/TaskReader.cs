using Podium.Diagnostics;
using Podium.Load;
using Podium.Validate.Documents;

namespace Podium.Validate;

/// <summary>Checks one <c>tasks/&lt;id&gt;.yaml</c>.</summary>
internal static class TaskReader
{
    public static TaskDocument? Read(ContentFile file, DiagnosticBag diagnostics)
    {
        if (RootMapping.Of(file, diagnostics) is not { } mapping) return null;
        var fields = new FieldReader(file.Path, mapping, diagnostics, "a task", "name", "parent", "description");
        var name = fields.Text("name", required: true);
        var parent = fields.Id("parent", required: false);
        var description = fields.Text("description", required: false, maxLength: 20_000);
        if (parent is { } p && p.Value == file.Id)
        {
            fields.Report(p.Position, ErrorCodes.TaskCycle, $"task `{file.Id}` is its own parent", "remove `parent:` or name another task");
            return null;
        }
        return name is null ? null : new TaskDocument(file.Path, file.Id, name.Value.Value, parent, description?.Value);
    }
}
