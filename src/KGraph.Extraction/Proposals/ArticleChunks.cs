using KGraph.Extraction.Text;

namespace KGraph.Extraction.Proposals;

/// <summary>
/// Cuts an article into chunks of whole sentences, each at most <c>maxChars</c> long (a longer sentence is a chunk
/// of its own), the last <c>overlapSentences</c> sentences of one chunk repeated at the start of the next so that a fact
/// stated across a boundary is seen whole once.
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
            // Step back for the overlap, but always forward by at least one sentence.
            first = Math.Max(first + 1, last + 1 - overlapSentences);
        }
        return chunks;
    }
}
