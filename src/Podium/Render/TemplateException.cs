namespace Podium.Render;

/// <summary>A problem in the templates folder (the site owner's files), reported with the file it is in.</summary>
public sealed class TemplateException(string file, string message, Exception? inner = null) : Exception(message, inner)
{
    public string File { get; } = file;
}
