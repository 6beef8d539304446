namespace Podium.Render;

/// <summary>
/// A file's inputs gathered and hashed, ready to be produced: a page's views, before its templates run.
/// The Write stage compares <see cref="Fingerprint"/> with the last build's and calls
/// <see cref="Render"/> only when it differs.
/// </summary>
/// <param name="Fingerprint">A hash of everything that produces the file besides what every file shares (templates, strings, Podium's build).</param>
/// <param name="Render">Produces the bytes from the inputs already gathered.</param>
public sealed record PreparedContent(UInt128 Fingerprint, Func<byte[]> Render);
