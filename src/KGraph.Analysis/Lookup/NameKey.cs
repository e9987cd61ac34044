using System.Text;
using KGraph.Text;

namespace KGraph.Analysis.Lookup;

/// <summary>
/// The form names are compared in: KGraph's text normalisation (NFC, look-alike name dots to ·),
/// whitespace runs collapsed to one space and trimmed, letters lower-cased, so that
/// "Dario  Amodei", "dario amodei" and "山姆・奥特曼" / "山姆·奥特曼" meet.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var normalized = TextNormalizer.Normalize(name);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
