namespace KGraph.Extraction.Recognition;

/// <summary>
/// jieba often cuts an unknown three-character name after its second character (孟中|泽被, 崔彤|哲与,
/// 周长|志先生). A two-character person name made of a listed surname and one character, followed by one
/// more loose Han character and then a word that follows names (被, 与, 等, 先生, punctuation, the end
/// of the sentence), is that three-character name.
/// </summary>
internal sealed class PersonNameCompletion(RecognitionLexicon lexicon) : IMentionRecognizer
{
    private readonly HashSet<string> _surnames = new(lexicon.CommonSurnames, StringComparer.Ordinal);
    private readonly Scripts.CharSet _followers = new(lexicon.NameFollowersZh.SelectMany(w => w));
    private readonly Scripts.CharSet _stops = new(lexicon.GivenNameStopCharsZh.Concat(lexicon.NameFollowersZh).SelectMany(w => w));
    private readonly string[] _honorifics = [.. lexicon.HonorificsZh];
    private readonly HashSet<string> _personStopwords = new(lexicon.PersonStopwordsZh, StringComparer.Ordinal);

    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        Apply(sentence.Folded, sentence.Original, (List<Token>)sentence.Words!, candidates);

    public void Apply(string text, string original, List<Token> tokens, List<MentionCandidate> candidates)
    {
        for (var k = 0; k < candidates.Count; k++)
        {
            var person = candidates[k];
            if (person.Type != EntityTypes.Person || person.KnownId is not null || person.Length != 2
                || !_surnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(person.Start, 1))) continue;
            var next = person.End;
            if (next >= text.Length || !Scripts.Script.IsHan(text[next]) || _stops.Contains(text[next]) || !EndsName(text, next + 1)) continue;
            if (!StandsAlone(tokens, next) || Covers(candidates, next)) continue;
            if (_personStopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(person.Start, 3))) continue;
            candidates[k] = person with { End = next + 1, Name = original.Substring(person.Start, 3) };
        }
    }

    private static bool Covers(List<MentionCandidate> candidates, int position)
    {
        foreach (var c in candidates)
            if (c.Start <= position && position < c.End) return true;
        return false;
    }

    /// <summary>The character is a word of its own, or the start of a two-character word whose second character follows names (泽被).</summary>
    private bool StandsAlone(List<Token> tokens, int position)
    {
        var token = default(Token);
        foreach (var t in tokens)
            if (t.Start <= position && position < t.End)
            {
                token = t;
                break;
            }
        // 郭华|提出: a verb after the name is not the rest of it.
        if (token.Word is null || token.Start != position || token.Tag.StartsWith('v')) return false;
        return token.Word.Length == 1 || (token.Word.Length == 2 && _followers.Contains(token.Word[1]));
    }

    private bool EndsName(string text, int position)
    {
        if (position >= text.Length) return true;
        var c = text[position];
        if (_followers.Contains(c) || char.IsPunctuation(c) || char.IsWhiteSpace(c)) return true;
        foreach (var h in _honorifics)
            if (string.CompareOrdinal(text, position, h, 0, h.Length) == 0) return true;
        return false;
    }
}
