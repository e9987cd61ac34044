using System.Text;
using KGraph.Diagnostics;
using UtfUnknown;

namespace KGraph.Extraction.Reading;

/// <summary>
/// Turns article bytes into text. A byte order mark decides (UTF-8, UTF-16); bytes that are valid
/// UTF-8 are UTF-8; then the charset an HTML page declares, when the bytes decode in it; then
/// UTF.Unknown's detector (GB18030, Big5, windows-125x, ...). A guess the detector is unsure of, a
/// file whose lines are partly UTF-8 and partly not, and the GB18030 fallback are read all the same
/// but warned about, naming the encoding chosen. Binary content is refused.
/// </summary>
internal static class ByteDecoder
{
    /// <summary>
    /// The detector says 0.99 for a sentence or more of GB18030 or Big5, and 0.5 when it falls back to
    /// windows-1252 for want of evidence (three characters, or bytes that fit no encoding).
    /// </summary>
    private const float SureConfidence = 0.9f;

    private const float NoEvidence = 0.5f;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static ByteDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(string path, byte[] bytes, DiagnosticBag warnings, string? declaredCharset = null)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Utf8(path, bytes, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new ArticleReadException(path, $"binary content (NUL byte at offset {nul}); expected text");

        if (TryDecode(StrictUtf8, bytes, out var text, out var utf8Error)) return text;
        // A declared single-byte charset decodes any bytes at all, so only a multi-byte one (GBK, Big5) is taken on its word.
        if (Declared(declaredCharset) is { IsSingleByte: false } declared && TryDecode(declared, bytes, out text, out _)) return text;

        var lines = ByteLine.Split(bytes);
        if (lines.Any(l => l.IsPlausibleUtf8) && lines.Any(l => l.IsLegacy)) return Mixed(path, lines, warnings);

        var (encoding, confidence) = Guess(bytes)
            ?? throw new ArticleReadException(path, $"invalid UTF-8 (byte offset {utf8Error}) and not valid GB18030 either");
        if (confidence < SureConfidence) warnings.Warning(SourcePosition.StartOf(path), Unsure(encoding, confidence));
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// Lines that are UTF-8 stay UTF-8; the others are read in the encoding their bytes point to. Splitting at
    /// '\n' is safe: no GB18030 or Big5 character has that byte inside it.
    /// </summary>
    private static string Mixed(string path, IReadOnlyList<ByteLine> lines, DiagnosticBag warnings)
    {
        var legacy = lines.Where(l => l.IsLegacy).ToList();
        var legacyBytes = legacy.SelectMany(l => l.Bytes.Append((byte)'\n')).ToArray();
        var (encoding, confidence) = Guess(legacyBytes)
            ?? throw new ArticleReadException(path,
                $"lines partly UTF-8 and partly in no encoding that could be told (line {legacy[0].Number} is neither UTF-8 nor GB18030)");
        var utf8 = lines.Count(l => l.IsPlausibleUtf8);
        warnings.Warning(new SourcePosition(path, legacy[0].Number, 1),
            $"mixed encodings: {utf8} {Lines(utf8)} UTF-8 and {legacy.Count} {Lines(legacy.Count)} not (the first is here); read those as {encoding.WebName}" +
            (confidence < SureConfidence ? $" (a guess, confidence {confidence:0.00})" : "") + ": check the names in them, or save the article as UTF-8");
        return string.Join('\n', lines.Select(l => (l.IsLegacy ? encoding : StrictUtf8).GetString(l.Bytes)));

        static string Lines(int count) => count == 1 ? "line is" : "lines are";
    }

    /// <summary>The detector's likeliest encoding that decodes the bytes, else GB18030 (older Chinese pages are GBK), else null.</summary>
    private static (Encoding Encoding, float Confidence)? Guess(byte[] bytes)
    {
        var result = CharsetDetector.DetectFromBytes(bytes);
        foreach (var detail in result.Details.Where(d => d.Encoding is not null && d.Confidence > NoEvidence).OrderByDescending(d => d.Confidence))
        {
            var strict = Strict(detail.Encoding.CodePage);
            if (strict.CodePage != Encoding.UTF8.CodePage && TryDecode(strict, bytes, out _, out _)) return (strict, detail.Confidence);
        }
        var gb18030 = Strict("GB18030");
        return TryDecode(gb18030, bytes, out _, out _) ? (gb18030, 0f) : null;
    }

    private static string Unsure(Encoding encoding, float confidence) => confidence <= NoEvidence
        ? $"could not tell the encoding (not UTF-8, too little to go on); read as {encoding.WebName}: check the text, or save the article as UTF-8"
        : $"could not tell the encoding for sure (not UTF-8; likeliest {encoding.WebName}, confidence {confidence:0.00}); " +
            $"read as {encoding.WebName}: check the text, or save the article as UTF-8";

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

    private static bool TryDecode(Encoding encoding, byte[] bytes, out string text, out int errorOffset)
    {
        try
        {
            text = encoding.GetString(bytes);
            errorOffset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            errorOffset = e.Index;
            return false;
        }
    }

    /// <summary>The encoding a page declares, if .NET knows it; the GB2312/GBK family as GB18030, their superset.</summary>
    private static Encoding? Declared(string? charset)
    {
        if (charset is null) return null;
        if (charset.StartsWith("gb", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("x-gbk", StringComparison.OrdinalIgnoreCase)) return Strict("GB18030");
        try
        {
            return Strict(Encoding.GetEncoding(charset).CodePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding Strict(string name) => Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
