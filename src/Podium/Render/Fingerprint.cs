using System.Buffers.Binary;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Podium.Render.Templates;

namespace Podium.Render;

/// <summary>
/// A 128-bit hash of everything that produces a file, taken without producing it: for a page, the
/// template's name and the view objects the templates read. Views are walked the way templates
/// read them (<see cref="ViewAccessor"/>: every public property, by its template name), so two
/// views that hash the same give the same page with the same templates. Values are written with
/// their type and length, so no two different views run together into the same bytes.
/// </summary>
internal sealed class Fingerprint
{
    private const byte Null = 0, Text = 1, Flag = 2, Integer = 3, Real = 4, Html = 5, List = 6, End = 7, View = 8, Formatted = 9, HtmlSource = 10;

    // Members of a view type in a fixed order, with the type's name hashed once.
    private sealed record Shape(ulong TypeId, string[] Members, ViewAccessor Accessor);

    private static readonly ConcurrentDictionary<Type, Shape> Shapes = new();

    private readonly XxHash128 _hash = new();
    private readonly byte[] _buffer = new byte[4096];
    private int _used;

    // One spare per thread, taken by Start and given back by Finish: a page's fingerprint then
    // allocates nothing (a new one was 4 KB of buffer for each of 100,000 pages). A fingerprint
    // started while another is open on the same thread gets a new one.
    [ThreadStatic] private static Fingerprint? t_spare;

    /// <summary>An empty fingerprint; <see cref="Finish"/> ends it (do not use it after).</summary>
    public static Fingerprint Start()
    {
        var fingerprint = t_spare ?? new Fingerprint();
        t_spare = null;
        return fingerprint;
    }

    public Fingerprint Add(string? text)
    {
        if (text is null) return Tag(Null);
        Tag(Text).Add((long)text.Length);
        var bytes = MemoryMarshal.AsBytes(text.AsSpan());
        if (bytes.Length > _buffer.Length / 2)
        {
            Flush();
            _hash.Append(bytes);
            return this;
        }
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
        return this;
    }

    public Fingerprint Add(long value)
    {
        Reserve(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_used), value);
        _used += 8;
        return this;
    }

    public Fingerprint Add(bool value) => Tag(Flag).Tag(value ? (byte)1 : (byte)0);

    /// <summary>Adds a view and everything it holds: strings, numbers, flags, raw HTML, lists and nested views.</summary>
    public Fingerprint AddView(object? value)
    {
        switch (value)
        {
            case null: return Tag(Null);
            case string s: return Add(s);
            case bool b: return Add(b);
            case int i: return Tag(Integer).Add(i);
            case long l: return Tag(Integer).Add(l);
            case double d: return Tag(Real).Add(BitConverter.DoubleToInt64Bits(d));
            // Rendered Markdown is hashed by its source: hashing the HTML would render it for pages that are not written.
            case RawHtml { Source: { } source } lazy: return Tag(HtmlSource).Add(lazy.SourceKind).Add(source);
            case RawHtml html: return Tag(Html).Add(html.Value);
            case IEnumerable items:
                Tag(List);
                foreach (var item in items) AddView(item);
                return Tag(End);
        }
        var type = value.GetType();
        if (ViewAccessor.Serves(type))
        {
            var shape = Shapes.GetOrAdd(type, static t => ShapeOf(t));
            Tag(View).Add((long)shape.TypeId);
            foreach (var member in shape.Members)
            {
                shape.Accessor.TryGet(value, member, out var memberValue);
                AddView(memberValue);
            }
            return this;
        }
        if (value is IFormattable formattable)
        {
            // Enums, dates and other small values: their invariant text and their type.
            return Tag(Formatted).Add(type.FullName).Add(formattable.ToString(null, CultureInfo.InvariantCulture));
        }
        throw new NotSupportedException($"a view holds a `{type.FullName}`, which cannot be fingerprinted; views hold strings, numbers, flags, raw HTML, lists and other views");
    }

    /// <summary>Adds another fingerprint (the hash of a shared part, computed once).</summary>
    public Fingerprint Add(UInt128 value) => Add((long)(ulong)value).Add((long)(ulong)(value >> 64));

    public UInt128 Finish()
    {
        Flush();
        var result = _hash.GetCurrentHashAsUInt128();
        _hash.Reset();
        t_spare = this;
        return result;
    }

    /// <summary>The hash of some bytes: the fingerprint of a file produced whole, by its content.</summary>
    public static UInt128 OfBytes(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);

    private Fingerprint Tag(byte tag)
    {
        Reserve(1);
        _buffer[_used++] = tag;
        return this;
    }

    private void Reserve(int bytes)
    {
        if (_used + bytes > _buffer.Length) Flush();
    }

    private void Flush()
    {
        if (_used == 0) return;
        _hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
    }

    private static Shape ShapeOf(Type type)
    {
        var accessor = ViewAccessor.For(type);
        var members = accessor.Names.Order(StringComparer.Ordinal).ToArray();
        var id = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(type.FullName ?? type.Name));
        return new Shape(id, members, accessor);
    }
}
