using System.Text;

namespace KGraph.Resolution;

/// <summary>
/// The form under which names are compared: NFKC (full-width Latin folds to ASCII), Latin
/// case ignored, the look-alike name dots ・ ･ • ‧ made ·, spaces collapsed and dropped
/// around ·. "Elon  MUSK" and "elon musk" match; "埃隆・马斯克" and "埃隆·马斯克" match.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        // ASCII is already NFKC; asking ICU costs more than the rest of the key put together.
        var text = System.Text.Ascii.IsValid(name) || name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw is '\u30FB' or '\uFF65' or '\u2022' or '\u2027' or '\u2219' or '\u22C5' ? '\u00B7' : raw;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace && c != '\u00B7' && builder[^1] != '\u00B7') builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
