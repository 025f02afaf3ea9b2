using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Vigie.Entities.Tagging;

/// <summary>
/// The layout of a named-entity model file. Header: <c>"VGNE"</c>, u8 version (1), u8 compression
/// (0 none, 1 Brotli), then the payload (little-endian):
/// <code>
/// u8      language code length, ASCII code
/// u8      label count (17), u8 gazetteer list count (5)
/// i32     W lexicon words, W × u64 keys (ascending), W × u32 values (<see cref="WordInfo"/>)
/// i32     G gazetteer sequences, G × u64 keys (ascending), G × u32 values
/// u8      stage count S (1 or 2), then S times:
///           f32  scale: quantised weight units per unit of perceptron score
///           i16  L×L transitions (previous-major), L start, L end
///           i32  F features, F × u32 keys (ascending), F × L × i16 weights (row-major)
/// "END."
/// </code>
/// </summary>
internal static class NerModelFormat
{
    public const byte Version = 1;

    public static ReadOnlySpan<byte> Magic => "VGNE"u8;

    public static ReadOnlySpan<byte> EndMagic => "END."u8;

    public static byte[] Write(NerModel model, bool compress = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.ASCII, leaveOpen: true))
        {
            var code = Encoding.ASCII.GetBytes(model.Language);
            writer.Write((byte)code.Length);
            writer.Write(code);
            writer.Write((byte)EntityLabels.Count);
            writer.Write((byte)NerLexicon.ListCount);
            WriteTable(writer, model.Lexicon.Words);
            WriteTable(writer, model.Lexicon.Gazetteer);
            writer.Write((byte)model.Stages.Count);
            foreach (var stage in model.Stages)
            {
                writer.Write(stage.Scale);
                WriteShorts(writer, stage.Transitions);
                WriteShorts(writer, stage.Start);
                WriteShorts(writer, stage.End);
                var order = Enumerable.Range(0, stage.Features.Count).OrderBy(i => stage.Features.Keys[i]).ToArray();
                writer.Write(order.Length);
                foreach (var i in order)
                {
                    writer.Write(stage.Features.Keys[i]);
                }

                foreach (var i in order)
                {
                    WriteShorts(writer, stage.Features.Weights.Slice(i * EntityLabels.Count, EntityLabels.Count));
                }
            }

            writer.Write(EndMagic);
        }

        using var file = new MemoryStream();
        file.Write(Magic);
        file.WriteByte(Version);
        file.WriteByte(compress ? (byte)1 : (byte)0);
        payload.Position = 0;
        if (compress)
        {
            using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize, leaveOpen: true);
            payload.CopyTo(brotli);
        }
        else
        {
            payload.CopyTo(file);
        }

        return file.ToArray();
    }

    public static NerModel Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 6 || !bytes[..4].SequenceEqual(Magic))
        {
            throw new InvalidDataException("Not a Vigie named-entity model.");
        }

        if (bytes[4] != Version)
        {
            throw new InvalidDataException($"Unsupported named-entity model version {bytes[4]}.");
        }

        var payload = bytes[5] switch
        {
            0 => bytes[6..].ToArray(),
            1 => Decompress(bytes[6..]),
            _ => throw new InvalidDataException("Unknown compression in named-entity model."),
        };

        var reader = new Reader(payload);
        var language = Encoding.ASCII.GetString(reader.Bytes(reader.Byte()));
        if (reader.Byte() != EntityLabels.Count || reader.Byte() != NerLexicon.ListCount)
        {
            throw new InvalidDataException("Named-entity model made for other labels or lists.");
        }

        var words = ReadTable(ref reader);
        var gazetteer = ReadTable(ref reader);
        var stages = new NerStage[reader.Byte()];
        if (stages.Length is < 1 or > 2)
        {
            throw new InvalidDataException("A named-entity model has one or two stages.");
        }

        for (var s = 0; s < stages.Length; s++)
        {
            var scale = reader.Single();
            var transitions = reader.Shorts(EntityLabels.Count * EntityLabels.Count);
            var start = reader.Shorts(EntityLabels.Count);
            var end = reader.Shorts(EntityLabels.Count);
            var count = reader.Count();
            var keys = reader.UInt32s(count);
            var weights = reader.Shorts(checked(count * EntityLabels.Count));
            stages[s] = new NerStage(new FeatureTable(keys, weights), transitions, start, end, scale);
        }

        if (!reader.Bytes(4).SequenceEqual(EndMagic))
        {
            throw new InvalidDataException("Truncated named-entity model.");
        }

        return new NerModel(language, new NerLexicon(words, gazetteer), stages);
    }

    private static byte[] Decompress(ReadOnlySpan<byte> compressed)
    {
        using var input = new MemoryStream(compressed.ToArray());
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream(compressed.Length * 4);
        brotli.CopyTo(output);
        return output.ToArray();
    }

    private static void WriteShorts(BinaryWriter writer, ReadOnlySpan<short> values)
    {
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void WriteTable(BinaryWriter writer, HashTable64 table)
    {
        var entries = table.Entries().ToArray();
        writer.Write(entries.Length);
        foreach (var (key, _) in entries)
        {
            writer.Write(key);
        }

        foreach (var (_, value) in entries)
        {
            writer.Write(value);
        }
    }

    private static HashTable64 ReadTable(ref Reader reader)
    {
        var count = reader.Count();
        var keys = reader.UInt64s(count);
        var values = reader.UInt32s(count);
        return new HashTable64(keys, values);
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || _position + count > _data.Length)
            {
                throw new InvalidDataException("Truncated named-entity model.");
            }

            var span = _data.Slice(_position, count);
            _position += count;
            return span;
        }

        public byte Byte() => Bytes(1)[0];

        public int Count()
        {
            var count = BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));
            return count >= 0 ? count : throw new InvalidDataException("Bad count in named-entity model.");
        }

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Bytes(4));

        public short[] Shorts(int count) => Array<short>(count);

        public uint[] UInt32s(int count) => Array<uint>(count);

        public ulong[] UInt64s(int count) => Array<ulong>(count);

        /// <summary>Little-endian numbers, copied in one go on little-endian machines.</summary>
        private T[] Array<T>(int count)
            where T : unmanaged, IBinaryInteger<T>
        {
            var size = Unsafe.SizeOf<T>();
            var bytes = Bytes(checked(count * size));
            if (BitConverter.IsLittleEndian)
            {
                return MemoryMarshal.Cast<byte, T>(bytes).ToArray();
            }

            var values = new T[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = T.ReadLittleEndian(bytes.Slice(i * size, size), isUnsigned: typeof(T) != typeof(short));
            }

            return values;
        }
    }
}
