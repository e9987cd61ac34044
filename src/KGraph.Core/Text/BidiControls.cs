namespace KGraph.Text;

/// <summary>
/// The Unicode bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069).
/// They reorder how the text around them is shown, so a name holding one can display as a
/// different name in a diagram, a terminal or Neo4j Browser ("Trojan Source", CVE-2021-42574).
/// News text has no use for them: the normaliser drops them from articles and validation
/// refuses them in data files. The plain direction marks (U+200E, U+200F, U+061C) reorder
/// nothing beyond themselves and stay allowed.
/// </summary>
public static class BidiControls
{
    public static bool Is(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Index of the first control in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (Is(text[i])) return i;
        return -1;
    }

    /// <summary>Why <paramref name="field"/>'s <paramref name="text"/> is refused, or null when it holds no control.</summary>
    public static string? Problem(string field, string text)
    {
        var at = IndexIn(text);
        return at < 0 ? null : $"'{field}' holds {Describe(text[at])} at character {at + 1}, which makes text show in another order than it is stored; " +
            $"remove it";
    }

    /// <summary>"U+202E RIGHT-TO-LEFT OVERRIDE".</summary>
    public static string Describe(char c) => $"U+{(int)c:X4} " + c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        _ => throw new ArgumentOutOfRangeException(nameof(c), "not a bidi control"),
    };
}
