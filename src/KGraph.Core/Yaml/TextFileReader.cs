using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KGraph.Diagnostics;
using KGraph.Store;

namespace KGraph.Yaml;

/// <summary>
/// Reads a UTF-8 text file defensively: regular files only and the size cap enforced while reading
/// (<see cref="BoundedFile"/>), binary content and invalid UTF-8 reported with their position instead
/// of being decoded into garbage.
/// </summary>
public static class TextFileReader
{
    public static string? Read(string path, ReadLimits limits, DiagnosticBag diagnostics)
    {
        var start = SourcePosition.StartOf(path);
        byte[] bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(path, limits.MaxFileBytes);
        }
        catch (RefusedFileException e)
        {
            diagnostics.Error(start, e.Reason);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(start, $"cannot read file: {e.Message}");
            return null;
        }
        return Decode(path, bytes, diagnostics);
    }

    public static string? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(SourcePosition.StartOf(path), "file is UTF-16; KGraph YAML files must be UTF-8");
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(PositionOf(path, bytes, nul), $"binary content (NUL byte at offset {nul}); expected UTF-8 text");
            return null;
        }
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                diagnostics.Error(PositionOf(path, bytes, read), $"invalid UTF-8 (byte 0x{bytes[read]:X2} at offset {read})");
                return null;
            }
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static SourcePosition PositionOf(string path, ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        // Column counts characters, not bytes: every UTF-8 lead byte starts one.
        var column = 1;
        foreach (var b in before[lineStart..])
            if ((b & 0xC0) != 0x80) column++;
        return new SourcePosition(path, line, column);
    }
}
