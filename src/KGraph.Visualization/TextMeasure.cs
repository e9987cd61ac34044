namespace KGraph.Visualization;

/// <summary>
/// Estimated width of a label without a font engine: wide (CJK, fullwidth) characters take one
/// em, Latin letters about half. Close enough to size node boxes and keep labels apart.
/// </summary>
public static class TextMeasure
{
    public static double Width(string text, double fontSize)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += EmWidth(rune.Value);
        }
        return ems * fontSize;
    }

    public static bool HasCjk(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWide(rune.Value)) return true;
        }
        return false;
    }

    private static double EmWidth(int c)
    {
        if (IsWide(c)) return 1.0;
        if (c is 'i' or 'l' or 'j' or 'I' or '.' or ',' or '\'' or ':' or ';' or '|' or '!') return 0.28;
        if (c is ' ' or 'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '·') return 0.36;
        if (c is 'm' or 'w' or 'M' or 'W') return 0.85;
        if (char.IsAsciiLetterUpper((char)c) || char.IsAsciiDigit((char)c)) return 0.66;
        return 0.56;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
        or >= 0x2E80 and <= 0x303E
        or >= 0x3041 and <= 0x33FF
        or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF
        or >= 0xA000 and <= 0xA4CF
        or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F
        or >= 0xFF00 and <= 0xFF60
        or >= 0xFFE0 and <= 0xFFE6
        or >= 0x1F300 and <= 0x1FAFF
        or >= 0x20000 and <= 0x3FFFD;
}
