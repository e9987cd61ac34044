using System.Text;

namespace KGraph.Extraction.Reading;

/// <summary>
/// Turns article bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, and
/// GB18030 (a superset of GBK/GB2312) for older Chinese pages. Binary content is refused.
/// </summary>
internal static class ByteDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static ByteDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(string path, byte[] bytes, string? declaredCharset = null)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8(path, bytes, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new ArticleReadException(path, $"binary content (NUL byte at offset {nul}); expected text");

        if (IsGbFamily(declaredCharset)) return Gb18030(path, bytes);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException utf8Error)
        {
            // Not UTF-8: older Chinese pages are GBK; accept them only if they decode cleanly.
            try
            {
                return Gb18030(path, bytes);
            }
            catch (ArticleReadException)
            {
                var offset = utf8Error.Index;
                throw new ArticleReadException(path, $"invalid UTF-8 (byte offset {offset}) and not valid GB18030 either");
            }
        }
    }

    private static string Utf8(string path, byte[] bytes, int start)
    {
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(path, $"invalid UTF-8 after a UTF-8 byte order mark (byte offset {start + e.Index})");
        }
    }

    private static string Gb18030(string path, byte[] bytes)
    {
        var encoding = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleReadException(path, $"invalid GB18030 (byte offset {e.Index})");
        }
    }

    private static bool IsGbFamily(string? charset) =>
        charset is not null && (charset.StartsWith("gb", StringComparison.OrdinalIgnoreCase) || charset.Equals("x-gbk", StringComparison.OrdinalIgnoreCase));
}
