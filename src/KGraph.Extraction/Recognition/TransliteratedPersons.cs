namespace KGraph.Extraction.Recognition;

/// <summary>
/// Foreign names written in transliteration characters: right after a person's title (主帅某某, 建筑师某某,
/// 诗人某某), which jieba often splits or tags as a place: the run of transliteration characters, cut back
/// to the last jieba word that lies wholly inside it (主帅某某罗|希望 → 某某罗); and a name jieba split into
/// person-tagged pieces (韦斯特/nr 伍/nr) with a person's cue before it (a title, 葡萄牙人) or after it (表示, 说).
/// </summary>
internal sealed class TransliteratedPersons(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private const int MaxLength = 8;
    private const int MinSplitLength = 3;
    private readonly WordSet _titles = new(names.PersonTitlesZh);
    private readonly WordSet _cuesBefore = new(names.PersonTitlesZh.Concat(names.PersonCuesBefore));
    private readonly CueWords _cuesAfter = new(names.PersonCuesAfter);
    private readonly Scripts.CharSet _transliteration = new(lexicon.TransliterationCharsZh.SelectMany(w => w));

    /// <summary>Adds what it finds to <paramref name="found"/> (one list for all the finders of a sentence).</summary>
    public void Find(string text, List<Token> tokens, List<MentionCandidate> found)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (!_titles.Contains(tokens[i].Word)) continue;
            var start = tokens[i].End;
            var run = start;
            while (run < text.Length && run - start < MaxLength && _transliteration.Contains(text[run])) run++;
            var end = start;
            foreach (var token in tokens)
                if (token.Start >= start && token.End <= run && token.Start == end) end = token.End;
            if (end - start >= 2) found.Add(new MentionCandidate(start, end, EntityTypes.Person, text[start..end], null, Priority: 2));
        }
        FindSplit(text, tokens, found);
    }

    /// <summary>韦斯特/nr 伍/nr 表示, 葡萄牙人奎/nr 罗斯/nr: two or more person-tagged pieces in transliteration characters, with a cue.</summary>
    private void FindSplit(string text, List<Token> tokens, List<MentionCandidate> found)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var end = i;
            while (end < tokens.Count && tokens[end].IsPersonTag && _transliteration.ContainsAll(tokens[end].Word)
                && tokens[end].End - tokens[i].Start <= MaxLength) end++;
            if (end - i < 2 || tokens[end - 1].End - tokens[i].Start < MinSplitLength)
            {
                i = Math.Max(i, end - 1);
                continue;
            }
            var (from, to) = (tokens[i].Start, tokens[end - 1].End);
            var joinedRun = end < tokens.Count && tokens[end].IsPersonTag; // the run goes on past the length limit: not one name
            if (!joinedRun && (CueBefore(tokens, i) || _cuesAfter.Follow(text, to)))
                found.Add(new MentionCandidate(from, to, EntityTypes.Person, text[from..to], null, Priority: 2));
            i = end - 1;
        }
    }

    /// <summary>A title or person cue right before (教练某某), or a nationality (葡萄牙人某某).</summary>
    private bool CueBefore(List<Token> tokens, int i)
    {
        if (i == 0) return false;
        var previous = tokens[i - 1].Word;
        return _cuesBefore.Contains(previous) || (previous.Length >= 3 && previous[^1] == '人');
    }
}
