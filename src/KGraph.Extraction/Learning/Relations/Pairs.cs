using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>The pairs of a sentence's references the classifier looks at, each with the clause span that would quote it.</summary>
internal static class Pairs
{
    public static List<Pair> Of(string text, int sentenceStart, int sentenceEnd, MarkedSentence sentence, IReadOnlyList<Token> words)
    {
        var pairs = new List<Pair>();
        var references = sentence.References;
        for (var i = 0; i < references.Count; i++)
            for (var j = i + 1; j < references.Count; j++)
            {
                var (a, b) = (references[i], references[j]);
                if (a.End > b.Start || a.Entities.Any(b.Entities.Contains)) continue;
                if (WordsBetween(words, a.End, b.Start) > RelationFeatures.MaxWordsBetween) continue;
                pairs.Add(new Pair(a, b, ClauseStart(text, sentenceStart, a.Start), ClauseEnd(text, b.End, sentenceEnd)));
            }
        return pairs;
    }

    private static int WordsBetween(IReadOnlyList<Token> words, int from, int to)
    {
        var count = 0;
        foreach (var w in words)
            if (w.Start >= from && w.End <= to) count++;
        return count;
    }

    private static int ClauseStart(string text, int sentenceStart, int at)
    {
        var i = at;
        while (i > sentenceStart && !IsClauseBreak(text, i - 1)) i--;
        while (i < at && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int ClauseEnd(string text, int at, int sentenceEnd)
    {
        var i = at;
        while (i < sentenceEnd && !IsClauseBreak(text, i)) i++;
        while (i > at && char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    private static bool IsClauseBreak(string s, int i) =>
        s[i] is '，' or '；' or ';' or '：' || (s[i] == ',' && (i + 1 >= s.Length || s[i + 1] == ' ' || !char.IsAsciiDigit(s[i + 1])));
}
