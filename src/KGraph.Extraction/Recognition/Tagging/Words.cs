namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>Makes tokens; one-character words (most of them) share one string per character.</summary>
internal static class Words
{
    private static readonly string?[] SingleCharacters = new string?[char.MaxValue + 1];

    public static Token Token(string text, int start, int end, int offset, string tag)
    {
        var word = end - start == 1 ? SingleCharacters[text[start]] ??= text[start].ToString() : text[start..end];
        return new Token(offset + start, offset + end, word, tag);
    }
}
