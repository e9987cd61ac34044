namespace KGraph.Extraction.Recognition;

/// <summary>
/// Company pages open with a heading glued to the name after it (公司发展|某某公司, 公司经历|某某公司):
/// an organisation guessed from words that start with the word 公司 and one more short word starts
/// after that word instead.
/// </summary>
internal sealed class CompanyHeadings : IMentionRecognizer
{
    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        Trim(sentence.Original, sentence.Words!, candidates);

    private static void Trim(string original, IReadOnlyList<Token> tokens, List<MentionCandidate> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var candidate = candidates[k];
            if (candidate.Type != EntityTypes.Organization || candidate.KnownId is not null) continue;
            var first = IndexStartingAt(tokens, candidate.Start);
            if (first < 0 || first + 1 >= tokens.Count || tokens[first].Word != "公司") continue;
            var heading = tokens[first + 1];
            if (heading.Word.Length > 2 || !Scripts.Script.IsAllHan(heading.Word) || candidate.End - heading.End < 2) continue;
            candidates[k] = candidate with { Start = heading.End, Name = original[heading.End..candidate.End] };
        }
    }

    private static int IndexStartingAt(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Start == start) return i;
        return -1;
    }
}
