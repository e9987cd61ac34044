using KGraph.Extraction.Coreference;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Model;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>The pairs of a sentence's references the classifier looks at, each with the clause span that would quote it.</summary>
internal static class Pairs
{
    /// <param name="dates">Dates written in the sentence: each is paired with every organisation (its founding date?).</param>
    public static List<Pair> Of(string text, int sentenceStart, int sentenceEnd, MarkedSentence sentence, IReadOnlyList<Token> words,
        IReadOnlyList<EntityReference> dates)
    {
        var pairs = new List<Pair>();
        var references = sentence.References;
        foreach (var date in dates)
            foreach (var reference in references)
            {
                if (reference.TypeCode != 'O' || reference.IsPronoun || (reference.Start < date.End && date.Start < reference.End)) continue;
                var (a, b) = reference.Start < date.Start ? (reference, date) : (date, reference);
                if (WordsBetween(words, a.End, b.Start) > RelationFeatures.MaxWordsBetween) continue;
                pairs.Add(new Pair(a, b, ClauseStart(text, sentenceStart, a.Start), ClauseEnd(text, b.End, sentenceEnd)));
            }
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

    /// <summary>The dates of a sentence as references the classifier can pair: each a stand-in entity named by its date (2001-03).</summary>
    public static List<EntityReference> Dates(string text, Scripts.Sentence sentence, MarkedSentence marked, PartialDate? published)
    {
        var dates = new List<EntityReference>();
        foreach (var (start, end, date) in DateFinder.Mentions(text, sentence.Start, sentence.End, published))
        {
            if (marked.References.Any(r => r.Start < end && start < r.End)) continue;
            dates.Add(new EntityReference(start, end, [new LocalEntity(date.ToString(), EntityTypes.Date, null, weak: false)], IsPronoun: false));
        }
        return dates;
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
