using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using KGraph.Store;

namespace KGraph.Extraction.Learning;

/// <summary>
/// The container of a trained model: <c>KGRAPHM1</c>, the model's kind, the SHA-256 of the payload,
/// and the payload (the model's own fields, deflated). The same model always gives the same bytes, and
/// a damaged, truncated or foreign file is refused with its name rather than read as weights.
/// </summary>
internal static class ModelFile
{
    /// <summary>No model we ship is near this; a bigger file is not one of ours.</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly byte[] Magic = "KGRAPHM1"u8.ToArray();

    public static void Write(string path, string kind, Action<BinaryWriter> writeBody)
    {
        using var body = new MemoryStream();
        using (var deflate = new DeflateStream(body, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
            writeBody(writer);
        var payload = body.ToArray();
        using var file = new MemoryStream();
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(kind);
            writer.Write(SHA256.HashData(payload));
            writer.Write((long)payload.Length);
            writer.Write(payload);
        }
        AtomicFile.WriteAllBytes(path, file.ToArray());
    }

    /// <summary>Reads a model file whole: <see cref="Verify"/>, then <see cref="ReadBody"/>.</summary>
    public static T Read<T>(string path, string kind, Func<BinaryReader, T> readBody) => ReadBody(Verify(path, kind), readBody);

    /// <summary>
    /// Reads a model file and checks its container (magic, kind, length, checksum) without inflating the
    /// weights: a missing, foreign, truncated or damaged file is refused here, before any article is read.
    /// </summary>
    public static VerifiedFile Verify(string path, string kind)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path))
                throw new ModelFileException($"{path}: model file not found; rebuild the models with `kgraph train` " +
                    "or point --models at a folder that has them");
            bytes = BoundedFile.ReadAllBytes(path, MaxBytes, "model file limit");
        }
        catch (RefusedFileException e)
        {
            throw new ModelFileException($"{path}: cannot read the model file: {e.Reason}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelFileException($"{path}: cannot read the model file: {e.Message}", e);
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (bytes.Length < Magic.Length || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
                throw Damaged(path, "it does not start with KGRAPHM1, so it is not a KGraph model file");
            var actualKind = reader.ReadString();
            if (actualKind != kind) throw Damaged(path, $"it holds a '{actualKind}' model where a '{kind}' model was expected");
            var checksum = reader.ReadBytes(32);
            var length = reader.ReadInt64();
            if (length < 0 || length != bytes.Length - reader.BaseStream.Position) throw Damaged(path, "it is truncated or has bytes appended");
            var payload = new ReadOnlyMemory<byte>(bytes, (int)reader.BaseStream.Position, (int)length);
            if (!SHA256.HashData(payload.Span).AsSpan().SequenceEqual(checksum)) throw Damaged(path, "its checksum does not match its contents");
            return new VerifiedFile(path, bytes, payload);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or OverflowException)
        {
            throw Damaged(path, e.Message);
        }
    }

    /// <summary>
    /// Inflates a verified file's payload and reads the model's fields from it. The payload is inflated as it
    /// is read (no inflated copy is kept): the weights are decoded straight from the stream in blocks.
    /// </summary>
    public static T ReadBody<T>(VerifiedFile file, Func<BinaryReader, T> readBody)
    {
        try
        {
            using var deflate = new DeflateStream(new MemoryStream(file.Bytes, file.PayloadStart, file.Payload.Length, writable: false),
                CompressionMode.Decompress);
            using var body = new BinaryReader(new BufferedStream(deflate, 1 << 16), Encoding.UTF8);
            return readBody(body);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException or OverflowException)
        {
            throw Damaged(file.Path, e.Message);
        }
    }

    private static ModelFileException Damaged(string path, string why) =>
        new($"{path}: damaged model file ({why}); rebuild the models with `kgraph train`");

    /// <summary>The non-zero weights as (gap, half-precision value) pairs: most of a hashed table is empty.</summary>
    public static void WriteWeights(BinaryWriter writer, LinearWeights weights)
    {
        writer.Write(weights.Bits);
        writer.Write(weights.Labels);
        var values = weights.Values;
        var count = 0;
        foreach (var v in values)
            if ((Half)v != Half.Zero) count++;
        writer.Write(count);
        long previous = -1;
        for (var i = 0; i < values.Length; i++)
        {
            var half = (Half)values[i];
            if (half == Half.Zero) continue;
            writer.Write7BitEncodedInt64(i - previous);
            writer.Write(BitConverter.HalfToUInt16Bits(half));
            previous = i;
        }
    }

    public static LinearWeights ReadWeights(BinaryReader reader)
    {
        var bits = reader.ReadInt32();
        var labels = reader.ReadInt32();
        if (bits is < 8 or > 26 || labels is < 1 or > 1024) throw new InvalidDataException($"weight table of 2^{bits} rows by {labels} labels");
        var weights = new LinearWeights(bits, labels);
        var values = weights.Values;
        var count = reader.ReadInt32();
        if (count < 0 || count > values.Length) throw new InvalidDataException($"{count} weights for a table of {values.Length}");
        // Millions of (gap, value) pairs: decoded from blocks of the stream, a reader call each would take seconds.
        // The weights are the last field of every model, so reading the stream in blocks takes nothing from a later field.
        var input = new BlockReader(reader.BaseStream);
        long index = -1;
        for (var k = 0; k < count; k++)
        {
            long gap = 0;
            var shift = 0;
            byte b;
            do
            {
                if (shift > 63) throw new InvalidDataException("a weight gap longer than 64 bits");
                b = input.Next();
                gap |= (long)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            index += gap;
            if (index < 0 || index >= values.Length) throw new InvalidDataException($"weight index {index} outside the table");
            var low = input.Next();
            values[index] = (float)BitConverter.UInt16BitsToHalf((ushort)(low | input.Next() << 8));
        }
        return weights;
    }

    public static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write(values.Count);
        foreach (var v in values) writer.Write(v);
    }

    public static string[] ReadStrings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is < 0 or > 1_000_000) throw new InvalidDataException($"a list of {count} strings");
        var values = new string[count];
        for (var i = 0; i < count; i++) values[i] = reader.ReadString();
        return values;
    }

    /// <summary>A model file whose container checked out: its bytes, and the deflated payload among them.</summary>
    internal sealed record VerifiedFile(string Path, byte[] Bytes, ReadOnlyMemory<byte> Payload)
    {
        public int PayloadStart => Bytes.Length - Payload.Length;
    }

    /// <summary>Bytes of a stream one at a time, read in 64 KiB blocks.</summary>
    private sealed class BlockReader(Stream stream)
    {
        private readonly byte[] _block = new byte[1 << 16];
        private int _at;
        private int _length;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public byte Next()
        {
            if (_at == _length) Fill();
            return _block[_at++];
        }

        private void Fill()
        {
            _length = stream.Read(_block, 0, _block.Length);
            _at = 0;
            if (_length == 0) throw new EndOfStreamException("the weights end early");
        }
    }
}
