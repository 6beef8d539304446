using System.Text;
using Podium.Diagnostics;
using Podium.Load.Yaml;

namespace Podium.Load;

/// <summary>
/// A parsed content file as bytes, for <see cref="ParsedFileCache"/>: its YAML tree with every
/// position, and a paper's Markdown body. The file's text is not kept: the checks read only the tree and the body.
/// </summary>
internal static class ParsedFileFormat
{
    private const byte Scalar = 1, Mapping = 2, Sequence = 3;

    // One buffer and writer per thread, kept: a clean build writes every content file's tree, and
    // a new stream per file spent its time growing its buffer.
    [ThreadStatic]
    private static BinaryWriter? _writer;

    public static byte[] Write(ContentFile file)
    {
        var writer = _writer ??= new BinaryWriter(new MemoryStream(), Encoding.UTF8);
        var memory = (MemoryStream)writer.BaseStream;
        memory.SetLength(0);
        writer.Write(file.Body);
        writer.Write(file.BodyLine);
        WriteNode(writer, file.Data!);
        writer.Flush();
        return memory.ToArray();
    }

    public static ContentFile Read(ContentEntry entry, byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var body = reader.ReadString();
        var bodyLine = reader.ReadInt32();
        var data = ReadNode(reader);
        if (reader.BaseStream.Position != bytes.Length) throw new InvalidDataException("trailing bytes after a parsed file");
        return new ContentFile(entry.Kind, new SourceFile(entry.DisplayPath, entry.Id, ""), entry.Language, data, body, bodyLine);
    }

    private static void WriteNode(BinaryWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                writer.Write(Scalar);
                WritePosition(writer, scalar.Position);
                writer.Write(scalar.Value);
                writer.Write(scalar.IsPlain);
                break;
            case YamlMapping mapping:
                writer.Write(Mapping);
                WritePosition(writer, mapping.Position);
                writer.Write(mapping.Entries.Count);
                foreach (var (key, value) in mapping.Entries)
                {
                    WriteNode(writer, key);
                    WriteNode(writer, value);
                }
                break;
            case YamlSequence sequence:
                writer.Write(Sequence);
                WritePosition(writer, sequence.Position);
                writer.Write(sequence.Items.Count);
                foreach (var item in sequence.Items) WriteNode(writer, item);
                break;
            default:
                throw new InvalidOperationException($"unknown YAML node {node.GetType().Name}");
        }
    }

    private static YamlNode ReadNode(BinaryReader reader)
    {
        var kind = reader.ReadByte();
        var position = new SourcePosition(reader.ReadInt32(), reader.ReadInt32());
        switch (kind)
        {
            case Scalar:
                return new YamlScalar(position, reader.ReadString(), reader.ReadBoolean());
            case Mapping:
            {
                var mapping = new YamlMapping(position);
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++)
                {
                    var key = ReadNode(reader) as YamlScalar ?? throw new InvalidDataException("a mapping key that is not a scalar");
                    mapping.Add(key, ReadNode(reader));
                }
                return mapping;
            }
            case Sequence:
            {
                var sequence = new YamlSequence(position);
                var count = reader.ReadInt32();
                for (var i = 0; i < count; i++) sequence.Add(ReadNode(reader));
                return sequence;
            }
            default:
                throw new InvalidDataException($"unknown node kind {kind}");
        }
    }

    private static void WritePosition(BinaryWriter writer, SourcePosition position)
    {
        writer.Write(position.Line);
        writer.Write(position.Column);
    }
}
