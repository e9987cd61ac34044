namespace KGraph.Extraction.Recognition;

/// <summary>
/// What someone founded is a name, whatever its words (某某于2009年创立美丽说, 一手创办了丰华唱片): the words
/// right after a founding verb up to the end of the clause, when they are a short run of content words,
/// are a weak organisation (kept only if a rule uses it). A determiner, number, pronoun or 的 among them
/// (创办了一家公司, 创立了自己的品牌) makes them a description, not a name.
/// </summary>
internal sealed class FoundedObjectRecognizer(RecognitionLexicon lexicon) : IMentionRecognizer
{
    private const int MaxLength = 8;
    private const int CommonWordFrequency = 100;
    private readonly WordSet _verbs = new(lexicon.FoundingVerbsZh);
    private readonly HashSet<string> _generic = new(lexicon.GenericOrgWordsZh.Concat(lexicon.OrgNameStopwordsZh), StringComparer.Ordinal);

    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        Apply(sentence.Original, (List<Token>)sentence.Words!, candidates);

    public void Apply(string original, List<Token> tokens, List<MentionCandidate> candidates)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // 公司的创立原则: a founding verb after 的 is a noun's modifier, not an act with an object.
            if (!_verbs.Contains(tokens[i].Word) || (i > 0 && tokens[i - 1].Tag is "uj" or "u")) continue;
            var first = i + 1 < tokens.Count && tokens[i + 1].Word == "了" ? i + 2 : i + 1;
            var end = first;
            while (end < tokens.Count && IsNameWord(tokens[end], end == first) && tokens[end].End - tokens[first].Start <= MaxLength) end++;
            if (end == first || (end < tokens.Count && !IsClauseEnd(tokens[end]))) continue;
            // jieba may glue the aspect particle to the name's first character (创立|了远|帆…).
            var start = tokens[first].Start + (tokens[first].Word.Length > 1 && tokens[first].Word[0] == '了' ? 1 : 0);
            var stop = tokens[end - 1].End;
            var name = original[start..stop];
            if (stop - start < 2 || _generic.Contains(name) || Overlaps(candidates, start, stop)) continue;
            // 创办了学校, 创建了账号: one everyday word is a thing, not a name.
            if (end - first == 1 && JiebaTagger.Frequency(tokens[first].Word) > CommonWordFrequency) continue;
            candidates.Add(new MentionCandidate(start, stop, EntityTypes.Organization, name, null, Priority: 1, Weak: true));
        }
    }

    // A loop, not Exists with a lambda: the lambda's captured variables would be allocated for every token.
    private static bool Overlaps(List<MentionCandidate> candidates, int start, int stop)
    {
        foreach (var c in candidates)
            if (c.Start < stop && start < c.End) return true;
        return false;
    }

    private bool IsNameWord(Token token, bool first)
    {
        if (_generic.Contains(token.Word)) return false;
        if (token.Tag == "eng") return token.Word.Any(char.IsAsciiLetter);
        if (!Scripts.Script.IsAllHan(token.Word)) return false;
        return token.Tag switch
        {
            "p" or "c" or "u" or "uj" or "ul" or "uz" or "ug" or "uv" or "ud" or "r" or "m" or "mq" or "q" or "d" or "f" or "t" or "y" or "e" or "o"
                or "l" or "i" => false,
            "v" or "vn" => !first,
            _ => true,
        };
    }

    /// <summary>Punctuation or space that closes the clause; an opening bracket or quote means the name comes next (创建了家族企业【某某集团】).</summary>
    private static bool IsClauseEnd(Token token) =>
        token.Word.IsWhiteSpace() || (token.Word.Length == 1 && char.IsPunctuation(token.Word[0]) && "【（(《“\"「『[".IndexOf(token.Word[0]) < 0);
}
