using KGraph.Extraction.Scripts;

namespace KGraph.Extraction.Proposals;

/// <summary>
/// Cuts an article into chunks of whole sentences, each at most <c>maxChars</c> long (a longer sentence is a chunk
/// of its own), up to <c>overlapSentences</c> sentences at the end of one chunk repeated at the start of the next so that
/// a fact stated across a boundary is seen whole once; fewer where more would leave no room for a new sentence.
/// </summary>
public static class ArticleChunks
{
    public static IReadOnlyList<(int Start, int End)> Split(string text, int maxChars, int overlapSentences)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(overlapSentences);
        var sentences = SentenceSplitter.Split(text);
        var chunks = new List<(int, int)>();
        var first = 0;
        while (first < sentences.Count)
        {
            var last = first;
            while (last + 1 < sentences.Count && sentences[last + 1].End - sentences[first].Start <= maxChars) last++;
            chunks.Add((sentences[first].Start, sentences[last].End));
            if (last + 1 >= sentences.Count) break;
            // Step back for the overlap, but always forward by at least one sentence, and never so far that the next
            // chunk cannot take a sentence the last one did not have.
            first = Math.Max(first + 1, last + 1 - overlapSentences);
            while (first <= last && sentences[last + 1].End - sentences[first].Start > maxChars) first++;
        }
        return chunks;
    }
}
