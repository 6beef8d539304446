using System.Text;

namespace Podium.Render;

/// <summary>
/// Turns a rendered page's site links (attribute values that start with the base path) into
/// links relative to the page, so the folder works from any static server at any sub-path,
/// not only at <c>base_url</c>. Views keep building one kind of URL (from the base path); only
/// the bytes written change. Feeds, the sitemap, canonical links and badge Markdown are absolute
/// URLs and are not touched; neither is the 404 page, which servers show at any address.
/// </summary>
public static class RelativeLinks
{
    /// <summary>
    /// The page's bytes (UTF-8), with every <c>="{basePath}…</c> attribute value made relative to
    /// the page when <paramref name="relative"/>, by the shortest way: up only as far as the
    /// folders the page and the target share (<c>leaderboard.csv</c> beside the page, <c>../</c> to
    /// its dataset), so every page is as many bytes lighter as it has links near it. The page is read
    /// straight from the template's buffer and encoded piece by piece into a buffer kept per thread,
    /// so the only new array is the result: a page is never copied to a string on its way to disk.
    /// </summary>
    public static byte[] ToUtf8(StringBuilder html, string basePath, string pageUrl, bool relative = true)
    {
        var length = html.Length;
        ReadOnlySpan<char> page = OneSpan(html, out var text);
        var output = new Utf8Buffer(Kept(ref t_bytes, length + length / 8));

        var marker = "=\"" + basePath;
        // The page's folder below the base path: "dataset/cifar-10/image-classification/".
        var folder = pageUrl.AsSpan(basePath.Length, pageUrl.LastIndexOf('/') + 1 - basePath.Length);
        var depth = folder.Count('/');
        var copied = 0;
        var at = relative ? page.IndexOf(marker, StringComparison.Ordinal) : -1;
        while (at >= 0)
        {
            var rest = at + marker.Length;
            var next = page[rest..].IndexOf(marker, StringComparison.Ordinal);
            // "//host/…" is another site (only possible when the base path is "/").
            if (rest >= page.Length || page[rest] != '/')
            {
                var quote = page[rest..].IndexOf('"');
                var end = quote < 0 ? page.Length : rest + quote;
                output.Append(page[copied..(at + 2)]);
                AppendRelative(ref output, folder, depth, page[rest..end]);
                copied = end;
            }
            at = next < 0 ? -1 : rest + next;
        }
        output.Append(page[copied..]);

        var bytes = output.Written.ToArray();
        t_bytes = output.Buffer.Length > MaxKept ? null : output.Buffer;
        if (text?.Length > MaxKept) t_text = null;
        return bytes;
    }

    /// <summary>
    /// The builder's text as one span: its own array when it holds the text in one piece (the
    /// template buffers are kept between pages and cleared, so after the first pages they do),
    /// else a copy in the per-thread array <paramref name="copy"/>.
    /// </summary>
    private static ReadOnlySpan<char> OneSpan(StringBuilder html, out char[]? copy)
    {
        copy = null;
        var pieces = 0;
        ReadOnlyMemory<char> first = default;
        foreach (var chunk in html.GetChunks())
        {
            if (++pieces > 1) break;
            first = chunk;
        }
        if (pieces <= 1) return first.Span;
        copy = Kept(ref t_text, html.Length);
        html.CopyTo(0, copy, html.Length);
        return copy.AsSpan(0, html.Length);
    }

    /// <summary>Writes <paramref name="target"/> (a path below the base path) as seen from <paramref name="folder"/>.</summary>
    private static void AppendRelative(ref Utf8Buffer output, ReadOnlySpan<char> folder, int depth, ReadOnlySpan<char> target)
    {
        // Whole folders the two share, from the left.
        var shared = 0;
        var skip = 0;
        while (folder.Length > 0)
        {
            var slash = folder.IndexOf('/');
            var name = folder[..(slash + 1)];
            if (!target[skip..].StartsWith(name, StringComparison.Ordinal)) break;
            shared++;
            skip += name.Length;
            folder = folder[(slash + 1)..];
        }
        if (depth == shared) output.Append("./"); // never empty, never a first segment a browser could read as a scheme ("a:b/")
        for (var up = depth - shared; up > 0; up--) output.Append("../");
        output.Append(target[skip..]);
    }

    // Per-thread working buffers: they grow to the biggest page a thread renders, unless that is huge.
    private const int MaxKept = 4 << 20;
    [ThreadStatic] private static char[]? t_text;
    [ThreadStatic] private static byte[]? t_bytes;

    private static T[] Kept<T>(ref T[]? kept, int length)
    {
        if (kept is null || kept.Length < length) kept = new T[Math.Max(length, 16 << 10)];
        return kept;
    }

    /// <summary>UTF-8 text appended to a growing array.</summary>
    private ref struct Utf8Buffer(byte[] buffer)
    {
        private int _length;

        public byte[] Buffer { get; private set; } = buffer;

        public readonly ReadOnlySpan<byte> Written => Buffer.AsSpan(0, _length);

        // Pieces are cut at '=' before an attribute value, never inside a surrogate pair.
        public void Append(ReadOnlySpan<char> text)
        {
            if (Encoding.UTF8.TryGetBytes(text, Buffer.AsSpan(_length), out var written))
            {
                _length += written;
                return;
            }
            var grown = new byte[Math.Max(_length + Encoding.UTF8.GetByteCount(text), Buffer.Length * 2)];
            Buffer.AsSpan(0, _length).CopyTo(grown);
            Buffer = grown;
            _length += Encoding.UTF8.GetBytes(text, Buffer.AsSpan(_length));
        }
    }
}
