namespace KGraph.Extraction.Recognition;

/// <summary>
/// Drops candidates that name no one: persons and organisations inside a title in 《》 or in the bracket
/// right after one (a book, film or game is named), a surname with a form of address (江先生, 张总), which news uses for someone it does
/// not name, a Latin name before a game cue (某某项目, 某某战队: a game or a player's handle), a name
/// right before a place word (某某村, 某某博物馆: part of a place's name), and a "name" that jieba's
/// dictionary reads as common words only (今天下午, 玉雕).
/// </summary>
internal sealed class PersonNameFilter(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private readonly string[] _addressForms = [.. names.AddressFormsZh];
    private readonly HashSet<string> _surnames = new(lexicon.CommonSurnames, StringComparer.Ordinal);
    private readonly string[] _gameCues = [.. names.GameCuesAfter];
    private readonly string[] _bylines = [.. names.BylineCuesZh];
    private readonly string[] _placeWords = [.. names.PlaceWordsZh.OrderByDescending(w => w.Length)];
    private readonly Scripts.CharSet _placeEndings = new(names.PlaceEndingsZh.SelectMany(w => w));
    private static readonly HashSet<char> NoChars = [];

    public List<MentionCandidate> Apply(string text, int from, int to, List<MentionCandidate> chosen)
    {
        // In place, without a lambda (its captures would be allocated per sentence): the list is the caller's own copy.
        var kept = 0;
        for (var k = 0; k < chosen.Count; k++)
            if (chosen[k] is var c && (c.KnownId is not null || c.Type is not (EntityTypes.Person or EntityTypes.Organization)
                || !Rejected(text, from, to, c))) chosen[kept++] = c;
        chosen.RemoveRange(kept, chosen.Count - kept);
        return chosen;
    }

    private bool Rejected(string text, int from, int to, MentionCandidate c) =>
        InsideTitle(text, from, to, c) || IsTitleInOriginal(text, c)
        || (c.Type == EntityTypes.Person
            && (IsAddress(c.Name) || BeforePlaceWord(text, c.End) || EndsLikePlace(c.Name) || (IsCommonWords(c.Name) && !AfterByline(text, c.Start))
            || StartsWithConjunction(text, c)))
        || (System.Text.Ascii.IsValid(c.Name) && BeforeGameCue(text, c.End));

    private bool BeforeGameCue(string text, int end)
    {
        foreach (var g in _gameCues)
            if (string.CompareOrdinal(text, end, g, 0, g.Length) == 0) return true;
        return false;
    }

    /// <summary>Inside 《…》: the nearest brackets around are 《 and 》, or one of them where the text is cut short.</summary>
    private static bool InsideTitle(string text, int from, int to, MentionCandidate c)
    {
        var before = text.AsSpan(from, c.Start - from).LastIndexOfAny('《', '》');
        var after = text.AsSpan(c.End, to - c.End).IndexOfAny('《', '》');
        var opened = before >= 0 && text[from + before] == '《';
        var closed = after >= 0 && text[c.End + after] == '》';
        return (opened && (closed || after < 0)) || (before < 0 && closed);
    }

    /// <summary>某某村, 某某博物馆 (but not 某某市长: a place word followed by 长 or 委 is a title).</summary>
    private bool BeforePlaceWord(string text, int end)
    {
        foreach (var word in _placeWords)
        {
            if (string.CompareOrdinal(text, end, word, 0, word.Length) != 0) continue;
            var next = end + word.Length;
            return next >= text.Length || text[next] is not ('长' or '委' or '民');
        }
        return false;
    }

    /// <summary>A byline (（记者高山）) names a person even with a common word.</summary>
    private bool AfterByline(string text, int start)
    {
        foreach (var b in _bylines)
            if (start >= b.Length && string.CompareOrdinal(text, start - b.Length, b, 0, b.Length) == 0) return true;
        return false;
    }

    /// <summary>和某某 mid-sentence: jieba glued the conjunction to the name after it (的和某某); 和 as a surname is rare.</summary>
    private static bool StartsWithConjunction(string text, MentionCandidate c) =>
        c.Name[0] is '和' or '与' or '及' or '跟' && c.Start > 0 && Scripts.Script.IsHan(text[c.Start - 1]);

    private bool EndsLikePlace(string name) => name.Length == 2 && _placeEndings.Contains(name[1]);

    /// <summary>
    /// Every word of the name is a common dictionary word jieba does not tag as a proper noun; and a four-character
    /// "name" made of two such words (今天下午, 古典名著), which jieba's dictionary sometimes lists as a rare name.
    /// </summary>
    private static bool IsCommonWords(string name)
    {
        if (!Scripts.Script.IsAllHan(name)) return false;
        if (name.Length == 4 && IsCommonWord(name[..2]) && IsCommonWord(name[2..])) return true;
        var tokens = JiebaTagger.Base.Tag(name, 0, hmm: false, NoChars);
        return tokens.TrueForAll(t => IsCommonTag(t) && t.Word.Length >= 2 && JiebaTagger.Frequency(t.Word) >= CommonWordFrequency);
    }

    private static bool IsCommonWord(string word) =>
        JiebaTagger.Frequency(word) >= CommonWordFrequency && JiebaTagger.Base.Tag(word, 0, hmm: false, NoChars) is [var token]
            && IsCommonTag(token) && token.Word == word;

    /// <summary>Not a proper-noun tag: a place or organisation word may be a foreign person's name (马丁内斯/ns).</summary>
    private static bool IsCommonTag(Token token) => !token.IsPersonTag && token.Tag is not ("ns" or "nt" or "nz" or "j" or "eng");

    private const int CommonWordFrequency = 20;

    /// <summary>《某某》(Original Title): a bracket right after a title holds the title in its own language.</summary>
    private static bool IsTitleInOriginal(string text, MentionCandidate c) =>
        c.Start >= 2 && text[c.Start - 1] is '(' or '（' && text[c.Start - 2] == '》';

    private bool IsAddress(string name)
    {
        foreach (var form in _addressForms)
        {
            if (!name.EndsWith(form, StringComparison.Ordinal)) continue;
            var surname = name[..^form.Length];
            if (_surnames.Contains(surname)) return true;
        }
        return false;
    }
}
