namespace KGraph.Extraction.Scripts;

/// <summary>Which writing system characters belong to, and so which language a stretch of text is in.</summary>
public static class Script
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Whether every character is Han; true for empty text, as <c>text.All(IsHan)</c> is, without its enumerator.</summary>
    public static bool IsAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!IsHan(c)) return false;
        return true;
    }

    public static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7';

    /// <summary>"zh" when Han characters are at least a fifth of the letters, else "en".</summary>
    public static string LanguageOf(ReadOnlySpan<char> text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsHan(c)) han++;
            else if (IsLatinLetter(c)) latin++;
        }
        return han * 5 >= han + latin && han > 0 ? "zh" : "en";
    }
}
