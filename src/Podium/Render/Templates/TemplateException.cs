using Podium.Diagnostics;

namespace Podium.Render.Templates;

/// <summary>A problem in the templates folder (the site owner's files), reported with the file and, when known, the place in it.</summary>
public sealed class TemplateException(string file, string message, Exception? inner = null, SourcePosition? position = null) : Exception(message, inner)
{
    /// <summary>The file's path under the templates folder, e.g. <c>partials/paper-list.sbn-html</c>.</summary>
    public string File { get; } = file;

    public SourcePosition Position { get; } = position ?? SourcePosition.Start;
}
