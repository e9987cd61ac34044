using System.Security.Cryptography;
using System.Text;

namespace KGraph.Text;

/// <summary>
/// The one normalisation every article goes through before anything is extracted from it.
/// All spans and quotes in the graph refer to the text this returns, and documents record
/// its sha256, so the extractor and the validator must both use this and nothing else.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Unicode NFC; line endings to <c>\n</c>; a leading BOM dropped; the look-alike name dots
    /// ・ ･ • ‧ ‧ turned into U+00B7 · (the only one jieba joins names on); bidi embedding, override
    /// and isolate controls dropped (<see cref="BidiControls"/>).
    /// </summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    break;
                case '\u30FB' or '\uFF65' or '\u2022' or '\u2027' or '\u2219' or '\u22C5':
                    builder.Append('\u00B7');
                    break;
                case var _ when BidiControls.Is(c):
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower-case hex sha256 of the UTF-8 bytes of normalised text.</summary>
    public static string Sha256(string normalizedText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText)));
}
