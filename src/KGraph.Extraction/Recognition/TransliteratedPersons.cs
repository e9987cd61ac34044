namespace KGraph.Extraction.Recognition;

/// <summary>
/// Foreign names written in transliteration characters right after a person's title (主帅某某, 建筑师某某,
/// 诗人某某), which jieba often splits or tags as a place: the run of transliteration characters, cut back
/// to the last jieba word that lies wholly inside it (主帅某某罗|希望 → 某某罗).
/// </summary>
internal sealed class TransliteratedPersons(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private const int MaxLength = 8;
    private readonly WordSet _titles = new(names.PersonTitlesZh);
    private readonly Text.CharSet _transliteration = new(lexicon.TransliterationCharsZh.SelectMany(w => w));

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
    }
}
