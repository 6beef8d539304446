namespace Podium.Render;

/// <summary>
/// A file of the generated site: its path under the output folder and how to produce its bytes.
/// Content is produced on demand so the Write stage can render and write in parallel without
/// holding the whole site in memory.
/// </summary>
public sealed record OutputFile(string Path, Func<byte[]> Content);
