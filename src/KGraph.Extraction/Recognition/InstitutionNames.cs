namespace KGraph.Extraction.Recognition;

/// <summary>
/// Institutions named with plain nouns before their suffix (行业协会, 某某工艺家具协会, 某某地产及住宅研究会),
/// which the proper-noun test of the suffix rule misses; and a place's branch of a bank (深圳总行,
/// 香港分行).
/// </summary>
internal sealed class InstitutionNames(NameCueLexicon lexicon)
{
    private const int MaxLength = 14;
    // Where several suffixes end a word, the first listed is the one.
    private readonly string[] _suffixes = [.. new HashSet<string>(lexicon.InstitutionSuffixesZh, StringComparer.Ordinal)];
    private readonly HashSet<string> _branches = new(lexicon.BranchWordsZh, StringComparer.Ordinal);
    private readonly Scripts.CharSet _suffixEnds = Scripts.CharSet.LastOf(lexicon.InstitutionSuffixesZh);
    private readonly HashSet<string> _generic = new(lexicon.InstitutionSuffixesZh, StringComparer.Ordinal);

    /// <summary>Adds what it finds to <paramref name="found"/> (one list for all the finders of a sentence).</summary>
    public void Find(string text, List<Token> tokens, List<MentionCandidate> found)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = tokens[i].Word;
            if (tokens[i - 1].Tag == "ns" && _branches.Contains(word))
            {
                found.Add(Candidate(text, tokens[i - 1].Start, tokens[i].End));
                continue;
            }
            var suffix = SuffixOf(word);
            if (suffix is null) continue;
            var start = i;
            while (start > 0 && tokens[i].End - tokens[start - 1].Start <= MaxLength
                && (IsNamePart(tokens[start - 1]) || (tokens[start - 1].Word is "及" or "与" && start < i && start > 1 && IsNamePart(tokens[start - 2]))))
                start--;
            // The word itself may hold the name (银行业协会 as one word).
            var from = start == i ? tokens[i].Start : tokens[start].Start;
            var name = text.AsSpan(from, tokens[i].End - from);
            if (name.Length - suffix.Length < 2 || _generic.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) continue;
            found.Add(Candidate(text, from, tokens[i].End));
        }
    }

    private string? SuffixOf(string word)
    {
        if (word.Length == 0 || !_suffixEnds.Contains(word[^1])) return null;
        foreach (var suffix in _suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return suffix;
        return null;
    }

    private static MentionCandidate Candidate(string text, int start, int end) =>
        new(start, end, EntityTypes.Organization, text[start..end], null, Priority: 2);

    private static bool IsNamePart(Token token) =>
        Scripts.Script.IsAllHan(token.Word) && token.Tag is "n" or "nz" or "vn" or "ns" or "nt" or "j" or "b" or "an" or "nrt";
}
