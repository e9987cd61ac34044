using System.Text;

namespace KGraph.Extraction.Reading;

/// <summary>
/// One line of an article's raw bytes, told apart for <see cref="ByteDecoder"/>: plain ASCII, UTF-8 that
/// reads as Chinese or English text, or bytes in some other (legacy) encoding.
/// </summary>
internal sealed record ByteLine(int Number, byte[] Bytes, bool IsPlausibleUtf8, bool IsLegacy)
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>The lines split at '\n', which stays with neither line.</summary>
    public static IReadOnlyList<ByteLine> Split(byte[] bytes)
    {
        var lines = new List<ByteLine>();
        var start = 0;
        while (start <= bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            lines.Add(Of(lines.Count + 1, bytes[start..end]));
            start = end + 1;
        }
        return lines;
    }

    private static ByteLine Of(int number, byte[] bytes)
    {
        if (Array.TrueForAll(bytes, b => b < 0x80)) return new ByteLine(number, bytes, false, false);
        var utf8 = IsPlausibleText(bytes);
        return new ByteLine(number, bytes, utf8, !utf8);
    }

    /// <summary>
    /// Valid UTF-8 with at least one Chinese character and nothing outside Chinese, Latin and punctuation:
    /// a GB18030 or Big5 line that happens to be valid UTF-8 mostly makes Greek, Cyrillic or Arabic letters.
    /// </summary>
    private static bool IsPlausibleText(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var chinese = false;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (c is >= '\u2E80' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF') chinese = true;
            else if (c is not (>= '\u00A0' and <= '\u017F' or >= '\u2000' and <= '\u206F')) return false;
        }
        return chinese;
    }
}
