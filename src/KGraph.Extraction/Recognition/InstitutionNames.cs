namespace KGraph.Extraction.Recognition;

/// <summary>
/// Institutions named with plain nouns before their suffix (行业协会, 某某工艺家具协会, 某某地产及住宅研究会),
/// which the proper-noun test of the suffix rule misses; and a place's branch of a bank (深圳总行,
/// 香港分行).
/// </summary>
internal sealed class InstitutionNames(NameCueLexicon lexicon)
{
    private const int MaxLength = 14;
    private readonly HashSet<string> _suffixes = new(lexicon.InstitutionSuffixesZh, StringComparer.Ordinal);
    private readonly HashSet<string> _branches = new(lexicon.BranchWordsZh, StringComparer.Ordinal);
    private readonly HashSet<string> _generic = new(lexicon.InstitutionSuffixesZh, StringComparer.Ordinal);

    public IEnumerable<MentionCandidate> Find(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            if (_branches.Contains(word) && tokens[i - 1].Tag == "ns")
            {
                yield return Candidate(text, tokens[i - 1].Start, tokens[i].End);
                continue;
            }
            var suffix = _suffixes.FirstOrDefault(s => word.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null) continue;
            var start = i;
            while (start > 0 && tokens[i].End - tokens[start - 1].Start <= MaxLength
                && (IsNamePart(tokens[start - 1]) || (tokens[start - 1].Word is "及" or "与" && start < i && start > 1 && IsNamePart(tokens[start - 2]))))
                start--;
            // The word itself may hold the name (银行业协会 as one word).
            var from = start == i ? tokens[i].Start : tokens[start].Start;
            var name = text[from..tokens[i].End];
            if (name.Length - suffix.Length < 2 || _generic.Contains(name)) continue;
            yield return Candidate(text, from, tokens[i].End);
        }
    }

    private static MentionCandidate Candidate(string text, int start, int end) =>
        new(start, end, EntityTypes.Organization, text[start..end], null, Priority: 2);

    private static bool IsNamePart(Token token) =>
        token.Word.All(Text.Script.IsHan) && token.Tag is "n" or "nz" or "vn" or "ns" or "nt" or "j" or "b" or "an" or "nrt";
}
