namespace KGraph.Extraction.Scripts;

/// <summary>
/// Splits Chinese and English text into sentences. A quotation or bracket stays in one piece
/// (“……。”), doubled and full-width punctuation is one boundary, line breaks always end a
/// sentence, and a run without punctuation is cut at <see cref="MaxLength"/> so that no later
/// stage sees an unbounded sentence.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxLength = 600;
    private const int MaxQuoteLength = 300;

    private static readonly HashSet<string> EnglishAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
            "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "Calif", "Mass", "Conn", "Ill", "Fla", "Ariz", "Okla", "Pa",
            "Va", "Wash", "Mich", "Minn", "Tenn", "Ky", "La", "Md", "Mo", "Nev", "Ore", "Wis",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var depth = 0;
        var quoteStart = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                depth = 0;
                continue;
            }
            if (IsOpening(c))
            {
                if (depth == 0) quoteStart = i;
                depth++;
            }
            else if (IsClosing(c) && depth > 0)
            {
                depth--;
                // “……。” ends a sentence at its closing quote.
                if (depth == 0 && i > 0 && text[i - 1] is '。' or '！' or '？' or '!' or '?' or '…')
                {
                    var close = EndAfterTerminator(text, i);
                    Add(sentences, text, start, close);
                    start = close;
                    i = close - 1;
                    continue;
                }
            }
            if (depth > 0 && i - quoteStart > MaxQuoteLength) depth = 0;

            var end = -1;
            if (depth == 0 && IsTerminator(text, i)) end = EndAfterTerminator(text, i);
            else if (i - start + 1 >= MaxLength) end = SoftBreak(text, start, i + 1);
            if (end < 0) continue;
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>
    /// Where to cut a run that reached <see cref="MaxLength"/> at <paramref name="end"/>: after the last space, comma
    /// or enumeration comma in its final quarter, so a name is not cut in two; at <paramref name="end"/> when there is none.
    /// </summary>
    private static int SoftBreak(string text, int start, int end)
    {
        for (var k = end - 1; k > end - MaxLength / 4 && k > start; k--)
            if (text[k] is ' ' or '\t' or '，' or ',' or '、' or '：' or ':') return k + 1;
        return end;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(start, end, Script.LanguageOf(text.AsSpan(start, end - start))));
    }

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '；' or '!' or '?' or '…') return true;
        if (c != '.') return false;
        // English full stop: followed by space or end, and not closing an abbreviation or a decimal.
        if (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && !IsClosing(text[i + 1])) return false;
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        return !EnglishAbbreviations.Contains(word) && !LowercaseWordFollows(text, i + 1);
    }

    /// <summary>"Bloomberg L.P. is a…", "Acme Ltd. and its…": a sentence does not go on in lower case (eBay and iPhone may open one).</summary>
    private static bool LowercaseWordFollows(string text, int from)
    {
        var next = from;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        if (next >= text.Length || !char.IsAsciiLetterLower(text[next])) return false;
        for (var k = next; k < text.Length && char.IsAsciiLetter(text[k]); k++)
            if (char.IsAsciiLetterUpper(text[k])) return false;
        return true;
    }

    /// <summary>Doubled terminators and closing quotes or brackets belong to the sentence they end.</summary>
    private static int EndAfterTerminator(string text, int i)
    {
        var end = i + 1;
        while (end < text.Length && (text[end] is '。' or '！' or '？' or '!' or '?' or '…' or '.' || IsClosing(text[end]))) end++;
        return end;
    }

    private static bool IsOpening(char c) => c is '“' or '「' or '『' or '（' or '(' or '《' or '‘';

    private static bool IsClosing(char c) => c is '”' or '」' or '』' or '）' or ')' or '》' or '’';
}
