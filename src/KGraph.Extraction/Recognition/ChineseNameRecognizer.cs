namespace KGraph.Extraction.Recognition;

/// <summary>
/// Names in Chinese text from jieba's tags and patterns: person names joined by · (安东尼奥·格雷西亚斯),
/// organisations ending in a suffix (招商银行, 某某科技有限公司), and the tags nr/nrt/nrfg (person),
/// ns (place) and nt (organisation).
/// </summary>
internal sealed class ChineseNameRecognizer(RecognitionLexicon lexicon)
{
    private const int MaxOrgNameLength = 20;
    private readonly HashSet<string> _suffixes = new(lexicon.OrgSuffixesZh, StringComparer.Ordinal);
    private readonly WordEndings _suffixEndings = new(lexicon.OrgSuffixesZh);
    private readonly HashSet<string> _weakSuffixes = new(lexicon.OrgSuffixesZhWeak, StringComparer.Ordinal);
    private readonly HashSet<string> _orgStopwords = new(lexicon.OrgNameStopwordsZh, StringComparer.Ordinal);
    private readonly HashSet<string> _personStopwords = new(lexicon.PersonStopwordsZh, StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonStopwords => _personStopwords.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly WordEndings _ntEndings = new(lexicon.NtEndings);
    private readonly WordEndings _nsEndings = new(lexicon.NsEndings);
    private readonly HashSet<string> _surnames = new(lexicon.CommonSurnames, StringComparer.Ordinal);
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Surnames => _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly int _maxNameFrequency = lexicon.PersonMaxDictionaryFrequency;
    private readonly int _minCommonOpeningFrequency = lexicon.CommonOpeningMinFrequency;
    private static readonly HashSet<char> NoCharacters = [];
    private readonly WordEndings _nonNameEndings = new(lexicon.NonNameEndingsZh);
    private readonly string[] _roleCues = [.. lexicon.OrgRoleCuesZh.OrderByDescending(c => c.Length)];
    private readonly HashSet<string> _roleCueWords = new(lexicon.OrgRoleCuesZh, StringComparer.Ordinal);
    // First and last characters of listed words turn most tokens away before their whole word is hashed or compared.
    private readonly Scripts.CharSet _roleCueStarts = Scripts.CharSet.FirstOf(lexicon.OrgRoleCuesZh);
    // Every title a name may follow: an organisation's (董事长) and a person's alone (副主任, 主帅).
    private readonly WordSet _titles = new(lexicon.OrgRoleCuesZh.Concat(lexicon.PersonTitleCuesZh));
    private readonly WordSet _departments = new(lexicon.TitleDepartmentsZh);
    private readonly Scripts.CharSet _gluedStarts = new(lexicon.GluedWordStartsZh.SelectMany(w => w));
    private readonly Scripts.CharSet _foundingCueStarts = Scripts.CharSet.FirstOf(lexicon.OrgFoundingCuesZh);
    private readonly Scripts.CharSet _suffixEnds = Scripts.CharSet.LastOf(lexicon.OrgSuffixesZh);
    private readonly Scripts.CharSet _surnameStarts = Scripts.CharSet.FirstOf(lexicon.CommonSurnames);
    private readonly int _longestSurname = lexicon.CommonSurnames.Select(s => s.Length).DefaultIfEmpty().Max();
    private readonly WordSet _honorifics = new(lexicon.HonorificsZh);
    private readonly Scripts.CharSet _nameFollowers = new(lexicon.NameFollowersZh.SelectMany(w => w));
    private readonly HashSet<string> _genericOrgWords = new(lexicon.GenericOrgWordsZh, StringComparer.Ordinal);
    private readonly Scripts.CharSet _ntBadStarts = new(lexicon.NtBadStartsZh.SelectMany(w => w));
    private readonly WordEndings _strongSuffixes = new(lexicon.OrgStrongSuffixesZh);
    private readonly HashSet<string> _foundingCues = new(lexicon.OrgFoundingCuesZh, StringComparer.Ordinal);
    private readonly Scripts.CharSet _givenNameStops = new(lexicon.GivenNameStopCharsZh.Concat(lexicon.NameFollowersZh).SelectMany(w => w));
    private readonly HashSet<string> _ambiguousSurnames = new(lexicon.AmbiguousSurnamesZh, StringComparer.Ordinal);
    private readonly Scripts.CharSet _transliteration = new(lexicon.TransliterationCharsZh.SelectMany(w => w));
    private readonly Scripts.CharSet _nameSeparators = new(lexicon.NameSeparatorsZh.SelectMany(w => w));

    /// <summary>Adds what it finds to <paramref name="found"/> (one list for all the finders of a sentence).</summary>
    public void Find(string text, List<Token> tokens, List<MentionCandidate> found)
    {
        if (tokens.Count == 0) return;
        var (sentenceStart, sentenceEnd) = (tokens[0].Start, tokens[^1].End);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Word.Length == 1 && _nameSeparators.Contains(token.Word[0]))
            {
                if (Joined(text, tokens, DottedName(text, tokens, i),
                    TransliteratedName(text, token.Start, sentenceStart, sentenceEnd)) is { } dotted) found.Add(dotted);
                continue;
            }
            if (LooseCharacterName(text, tokens, i) is { } loose)
            {
                found.Add(loose);
                while (i + 1 < tokens.Count && tokens[i + 1].End <= loose.End) i++;
                continue;
            }
            if (OrganizationEndingAt(text, tokens, i) is { } org) found.Add(org);
            if (OrganizationBeforeRole(text, tokens, i) is { } employer) found.Add(employer);
            if (OrganizationBeforeFounding(text, tokens, i) is { } founded) found.Add(founded);
            if (PersonByTitle(text, tokens, i) is { } titled) found.Add(titled);
            if (SplitPersonName(tokens, i) is { } end && !IsTransliterationFragment(text, token.Start, tokens[end].End))
            {
                found.Add(new MentionCandidate(token.Start, tokens[end].End, EntityTypes.Person, text[token.Start..tokens[end].End], null, Priority: 1));
                i = end;
                continue;
            }
            if (token.Word.Length < 2) continue;
            switch (token.Tag)
            {
                case "nr" or "nrt" or "nrfg" when IsPersonName(token) && !IsTransliterationFragment(text, token.Start, token.End):
                    found.Add(new MentionCandidate(token.Start, token.End, EntityTypes.Person, token.Word, null, Priority: 1));
                    break;
                case "ns" when _nsEndings.EndLongerWord(token.Word):
                    found.Add(new MentionCandidate(token.Start, token.End, EntityTypes.Place, token.Word, null, Priority: 1));
                    break;
                // jieba sometimes glues a preposition to the word after it (对外部/nt): not a name.
                case "nt" when _ntEndings.EndLongerWord(token.Word) && !_ntBadStarts.Contains(token.Word[0]):
                    found.Add(new MentionCandidate(token.Start, token.End, EntityTypes.Organization, token.Word, null, Priority: 2));
                    break;
            }
        }
    }

    /// <summary>
    /// jieba splits names it does not know: a surname alone (周/nr 海洋/ns) or a name missing its last
    /// character (卡列尼/nr 娜/x). Returns the index of the last token of the joined name.
    /// </summary>
    private int? SplitPersonName(List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (i + 1 >= tokens.Count || !token.IsPersonTag) return null;
        var next = tokens[i + 1];
        if (!Scripts.Script.IsAllHan(next.Word) || _personStopwords.Contains(token.Word)) return null;
        if (next.Tag == "x" && next.Word.Length == 1 && token.Word.Length >= 2) return i + 1;
        // 朱要/nr 文/ng 、: a two-character name that starts with a surname and a lone character before a
        // list comma or full stop is a three-character name jieba cut short.
        if (token.Word.Length == 2 && next.Word.Length == 1 && Surnames.Contains(token.Word.AsSpan(0, 1)) && !_nameFollowers.Contains(next.Word[0])
            && next.Tag is not ("uj" or "ul" or "p" or "c" or "y" or "u" or "d" or "r" or "m" or "q" or "f")
            && (i + 2 == tokens.Count || tokens[i + 2].Word is "、" or "，" or "," or "。" or "；"))
            return i + 1;
        var surname = token.Word.Length == 1 && _surnameStarts.Contains(token.Word[0]) && _surnames.Contains(token.Word);
        if (surname && next.Word.Length is 1 or 2 && next.Tag is "n" or "ns" or "nr" or "ng" or "nz" or "a" or "j" or "x" or "m"
            && !_orgStopwords.Contains(next.Word)) return i + 1;
        return null;
    }

    /// <summary>jieba tags many ordinary words nr; a Chinese name (nr) must start with a common surname or be long like a transliteration, a transliteration
    /// (nrt) must not be a listed word.</summary>
    private bool IsPersonName(Token token) =>
        !_personStopwords.Contains(token.Word) && Scripts.Script.IsAllHan(token.Word)
        // jieba's dictionary tags frequent common words nr (阳光 3451, 陆军 3253); names it knows are rare words.
        && JiebaTagger.Frequency(token.Word) <= _maxNameFrequency
        // Two-character transliterations jieba guessed (not in its dictionary) are mostly fragments of team or place names.
        && !(token.Tag == "nrt" && token.Word.Length < 3 && JiebaTagger.Frequency(token.Word) == 0)
        && !(token.Word.Length >= 3 && _nonNameEndings.End(token.Word))
        && (token.Tag != "nr" || (token.Word.Length >= 4 || Surnames.Contains(token.Word.AsSpan(0, 1)) || Surnames.Contains(token.Word.AsSpan(0, 2))))
        && !IsGuessedCommonCompound(token);

    /// <summary>
    /// 白金卡, 申请书, 房屋中介: a three- or four-character word tagged as a name (by jieba's HMM, or by its
    /// dictionary, which lists such compounds as rare names) that opens with a common word that is no name is a
    /// compound of common words.
    /// </summary>
    private bool IsGuessedCommonCompound(Token token)
    {
        // 德里克: a transliteration may open with a place (德里); only native words are read as compounds.
        if (token.Word.Length is not (3 or 4) || _transliteration.ContainsAll(token.Word)) return false;
        var opening = token.Word[..2];
        if (JiebaTagger.Frequency(opening) < _minCommonOpeningFrequency) return false;
        return JiebaTagger.Base.Tag(opening, 0, hmm: false, NoCharacters) is [var word] && word.Word == opening && !word.IsPersonTag;
    }

    private bool StartsWithRoleCue(string text, int at)
    {
        if (!_roleCueStarts.Contains(text[at])) return false;
        foreach (var start in _roleCues)
            if (string.CompareOrdinal(text, at, start, 0, start.Length) == 0) return true;
        return false;
    }

    /// <summary>安东尼奥·格雷西亚斯: one name part before the dot, then parts joined by dots, each a Han word or two.</summary>
    private MentionCandidate? DottedName(string text, List<Token> tokens, int dot)
    {
        if (tokens[dot].Word != "·") return null;
        if (dot == 0 || dot + 1 >= tokens.Count || !IsNamePart(tokens[dot - 1]) || !IsNamePart(tokens[dot + 1])) return null;
        if (dot >= 2 && tokens[dot - 2].Word == "·") return null; // already covered by the dot before
        var start = tokens[dot - 1].Start;
        var end = dot + 1;
        while (true)
        {
            var next = end + 1;
            if (next < tokens.Count && IsNamePart(tokens[next]) && tokens[end].IsPersonTag
                && (tokens[next].IsPersonTag || (tokens[next].Tag == "x" && tokens[next].Word.Length == 1))
                && tokens[end].Word.Length + tokens[next].Word.Length <= 6)
                end = next; // 格雷/nr 西亚斯/nr: jieba splits the unknown part
            else if (next + 1 < tokens.Count && tokens[next].Word == "·" && IsNamePart(tokens[next + 1]))
                end = next + 1;
            else break;
        }
        var name = text[start..tokens[end].End];
        return new MentionCandidate(start, tokens[end].End, EntityTypes.Person, name, null, Priority: 2);
    }

    /// <summary>
    /// Without jieba's HMM an unknown name falls apart into a surname and loose characters (张/晓/帆,
    /// 周/立新): a surname from the list, then two loose characters, or one loose character or an
    /// uncommon two-character word, is a person's name. Loose: a single Han character that is not a
    /// function word (的, 在, 表…).
    /// </summary>
    private MentionCandidate? LooseCharacterName(string text, List<Token> tokens, int i)
    {
        var surname = tokens[i];
        if (surname.Word.Length == 0 || surname.Word.Length > _longestSurname || !_surnameStarts.Contains(surname.Word[0]) || !_surnames.Contains(surname.Word)
            || _ambiguousSurnames.Contains(surname.Word) || i + 1 >= tokens.Count) return null;
        // A surname glued to the end of a word before it (总/理 is one word already; 李/文 follows punctuation or a word).
        var first = tokens[i + 1];
        if (IsLooseCharacter(first))
        {
            var end = i + 2 < tokens.Count && IsLooseCharacter(tokens[i + 2]) ? i + 2 : i + 1;
            return PersonName(text, surname.Start, tokens[end].End);
        }
        // 宋/建新: an uncommon word after the surname, whatever jieba's guess at its tag.
        if (first.Word.Length == 2 && Scripts.Script.IsAllHan(first.Word) && !_givenNameStops.Contains(first.Word[0])
            && JiebaTagger.Frequency(first.Word) <= _maxNameFrequency)
            return PersonName(text, surname.Start, first.End);
        return null;
    }

    private MentionCandidate? PersonName(string text, int start, int end)
    {
        end = TrimmedNameEnd(text, start, end);
        var name = text.AsSpan(start, end - start);
        return PersonStopwords.Contains(name) || IsTransliterationFragment(text, start, end) || _nonNameEndings.End(name)
            ? null
            : new MentionCandidate(start, end, EntityTypes.Person, text[start..end], null, Priority: 2);
    }

    /// <summary>
    /// 瓦拉|多利德, 梅塔|利斯特: a name made only of transliteration characters that runs on into more of
    /// them (four or more in all) is a piece of a longer foreign name, mostly a team or a place.
    /// </summary>
    private bool IsTransliterationFragment(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
            if (!_transliteration.Contains(text[k])) return false;
        var from = start;
        while (from > 0 && _transliteration.Contains(text[from - 1])) from--;
        var to = end;
        while (to < text.Length && _transliteration.Contains(text[to])) to++;
        return (from < start || to > end) && to - from >= 4;
    }

    private bool IsLooseCharacter(Token token) =>
        token.Word.Length == 1 && Scripts.Script.IsHan(token.Word[0]) && !_givenNameStops.Contains(token.Word[0])
        // jieba's tags on lone characters are guesses (忠/nr, 兆/m); only function-word tags rule one out.
        && token.Tag is not ("p" or "c" or "u" or "uj" or "ul" or "uz" or "ug" or "uv" or "ud" or "y" or "e" or "o" or "r");

    /// <summary>
    /// Transliteration characters find a dotted name's extent (得主|迈伦·…), jieba's words where it may end
    /// (卡列尼娜|加入, not 卡列尼娜加): from the earlier start to the last word end within the characters.
    /// </summary>
    private static MentionCandidate? Joined(string text, List<Token> tokens, MentionCandidate? words, MentionCandidate? characters)
    {
        if (words is null || characters is null) return words ?? characters;
        var start = Math.Min(words.Start, characters.Start);
        var end = words.End;
        foreach (var token in tokens)
        {
            if (token.Start < words.End || token.End > characters.End) continue;
            // 理查森|于|1986年: a preposition after the name is not more of it, however foreign its character.
            if (token.Tag is "p" or "c" or "u" or "uj" or "d") break;
            end = token.End;
        }
        return words with { Start = start, End = end, Name = text[start..end] };
    }

    /// <summary>埃尔/南/德斯·某某: without jieba's HMM, the transliteration characters on both sides of a · make the name.</summary>
    /// <summary>Transliteration characters on both sides of a dot, within the sentence: a run cut at the length cap must not reach back into the sentence
    /// before.</summary>
    private MentionCandidate? TransliteratedName(string text, int dot, int sentenceStart, int sentenceEnd)
    {
        var start = dot;
        while (start > sentenceStart && dot - start < 8 && _transliteration.Contains(text[start - 1])) start--;
        if (start == dot) return null;
        var end = dot;
        while (end < sentenceEnd && _nameSeparators.Contains(text[end]))
        {
            var part = end + 1;
            while (part < sentenceEnd && part - end <= 8 && _transliteration.Contains(text[part])) part++;
            if (part == end + 1) break;
            end = part;
        }
        // A hyphen also joins scores and ranges: both parts at least two characters there.
        if (end == dot || (text[dot] is '-' or '－' && (dot - start < 2 || end - dot < 3))) return null;
        return new MentionCandidate(start, end, EntityTypes.Person, text[start..end], null, Priority: 2);
    }

    private bool IsNamePart(Token token) =>
        token.Word.Length is >= 1 and <= 6 && Scripts.Script.IsAllHan(token.Word) && !_orgStopwords.Contains(token.Word)
            && token.Tag is not ("v" or "p" or "uj" or "c" or "d" or "r");

    /// <summary>A suffix word (公司, 银行…) with a name before it that holds at least one proper noun.</summary>
    private MentionCandidate? OrganizationEndingAt(string text, List<Token> tokens, int i)
    {
        var suffix = tokens[i].Word;
        if (suffix.Length == 0 || !_suffixEnds.Contains(suffix[^1])) return null;
        // 公司 as its own word, or a known organisation word ending in a suffix (建设银行/nt) that a place may precede (中国建设银行).
        var wholeName = tokens[i].Tag is "nt" or "nz" or "j" && _suffixEndings.EndLongerWord(suffix);
        if (!_suffixes.Contains(suffix) && !wholeName) return null;
        var weakSuffix = _weakSuffixes.Contains(suffix);
        // A legal form (有限公司) makes every content word before it part of the name: 某某拍卖有限公司.
        var strong = _strongSuffixes.End(suffix);
        var start = i;
        var proper = false;
        while (start > 0)
        {
            var previous = tokens[start - 1];
            if (!(IsOrgNamePart(previous) || (strong && IsWordInLegalName(previous))) || tokens[i].End - previous.Start > MaxOrgNameLength) break;
            proper |= previous.Tag is "ns" or "nt" or "nz" or "j" or "eng" or "nrt" or "nr" or "nrfg";
            start--;
        }
        if (start == i || !(proper || wholeName || (strong && tokens[i].Start - tokens[start].Start >= 3))) return null;
        if (weakSuffix && tokens[i - 1].Tag is not ("ns" or "nt")) return null;
        var from = tokens[start].Start;
        // 和贝恩/nr 公司, 了泽东/nr 公司: jieba glued a conjunction or particle onto the name's first word.
        if (tokens[start].Word.Length >= 3 && _gluedStarts.Contains(tokens[start].Word[0])) from++;
        var name = text[from..tokens[i].End];
        // 招商银行和贝恩公司 is two organisations, not one.
        if (name.AsSpan(1).IndexOfAny("和与及、") >= 0) return null;
        return new MentionCandidate(from, tokens[i].End, EntityTypes.Organization, name, null, Priority: 2);
    }

    /// <summary>
    /// 百度董事长李彦宏: the nouns right before a title are the organisation the title belongs to, even
    /// without a suffix. Weak: kept only when a relationship uses it.
    /// </summary>
    private MentionCandidate? OrganizationBeforeRole(string text, List<Token> tokens, int i)
    {
        if (i == 0 || !StartsWithRoleCue(text, tokens[i].Start)) return null;
        var start = i;
        while (start > 0 && i - start < 4 && IsOrgNamePart(tokens[start - 1]) && tokens[i].Start - tokens[start - 1].Start <= 12
            && !_roleCueWords.Contains(tokens[start - 1].Word))
            start--;
        // 某某营销总监: a department between the organisation and the title is not part of its name.
        var end = i;
        while (end - start > 1 && _departments.Contains(tokens[end - 1].Word)) end--;
        if (start == end) return null;
        var from = tokens[start].Start;
        var length = tokens[end].Start - from;
        var proper = false;
        for (var k = start; k < end && !proper; k++)
            proper = tokens[k].Tag is "ns" or "nz" or "nt" or "j" or "eng" or "nrt" or "nr";
        if (length < 2 || (!proper && length < 3) || _genericOrgWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(from, length))) return null;
        var name = text.Substring(from, length);
        // Same priority as other patterns, so the whole name (珠海格力电器) beats a place inside it.
        return new MentionCandidate(from, from + length, EntityTypes.Organization, name, null, Priority: 2, Weak: true);
    }

    /// <summary>
    /// 董事长何清华, 刘宝山同志: a surname and one or two characters right after a title or right before
    /// an honorific is a person's name, even when jieba did not tag it.
    /// </summary>
    private MentionCandidate? PersonByTitle(string text, List<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Word.Length == 0) return null;
        if (i + 1 < tokens.Count && _titles.Contains(token.Word))
        {
            if (tokens[i + 1].IsPersonTag && tokens[i + 1].Word.Length >= 2) return null; // jieba has it already
            if (LooseCharacterName(text, tokens, i + 1) is { } loose) return loose;
            // Whole jieba words only, so that the name ends where a word ends (何/清华 → 何清华).
            var end = i + 1;
            while (end < tokens.Count && tokens[end].End - tokens[i + 1].Start < 2) end++;
            if (end >= tokens.Count || tokens[end].End - tokens[i + 1].Start > 3) return null;
            // 董事长朱要/文、: a two-character name before a lone character and a list comma is three characters long.
            if (end + 2 < tokens.Count && tokens[end].End - tokens[i + 1].Start == 2 && tokens[end + 1].Word.Length == 1
                && Scripts.Script.IsHan(tokens[end + 1].Word[0])
                && !_nameFollowers.Contains(tokens[end + 1].Word[0]) && tokens[end + 2].Word is "、" or "，" or "," or "。" or "；")
                end++;
            // 主任向/记者, 专家谈/武汉: a lone character that is a preposition or a verb here is no surname;
            // after a company title (董事长何/清华) the name is expected, whatever jieba guesses for its surname.
            if (tokens[i + 1].Word.Length == 1 && tokens[i + 1].Tag is "p" or "v" or "c" or "d" or "r" && !_roleCueWords.Contains(token.Word)) return null;
            var nameEnd = TrimmedNameEnd(text, tokens[i + 1].Start, tokens[end].End);
            var name = text[tokens[i + 1].Start..nameEnd];
            return Scripts.Script.IsAllHan(name) && Surnames.Contains(name.AsSpan(0, 1)) && !_personStopwords.Contains(name)
                ? new MentionCandidate(tokens[i + 1].Start, nameEnd, EntityTypes.Person, name, null, Priority: 2)
                : null;
        }
        // 徐宗威/nr 先生: a whole name jieba tagged is left to it, not cut to its last two characters.
        if (_honorifics.Contains(token.Word) && i > 0 && !(tokens[i - 1].IsPersonTag && tokens[i - 1].Word.Length == 3))
            return NameBefore(text, token.Start);
        return null;
    }

    /// <summary>冀/岩上: a word that runs past a three-character name ends it at a character no given name ends with (上, 年, 说).</summary>
    private int TrimmedNameEnd(string text, int start, int end) =>
        end - start == 3 && _givenNameStops.Contains(text[end - 1]) ? end - 1 : end;

    private MentionCandidate? NameBefore(string text, int end)
    {
        for (var length = 3; length >= 2; length--)
        {
            var start = end - length;
            if (start < 0) continue;
            var name = text.AsSpan(start, length);
            if (!Scripts.Script.IsAllHan(name) || !Surnames.Contains(name[..1]) || PersonStopwords.Contains(name)) continue;
            // 3 characters only when the one before cannot be part of the name (刘宝山同志, not 任刘宝山).
            if (length == 3 && start > 0 && Scripts.Script.IsHan(text[start - 1]) && !_nameFollowers.Contains(text[start - 1])) continue;
            return new MentionCandidate(start, end, EntityTypes.Person, text[start..end], null, Priority: 2);
        }
        return null;
    }

    private bool IsWordInLegalName(Token token) =>
        !_orgStopwords.Contains(token.Word) && Scripts.Script.IsAllHan(token.Word)
            && token.Tag is "v" or "vn" or "a" or "ad" or "nrt" or "ng" or "l" or "i" or "s" or "nz" or "x" or "f" or "z";

    /// <summary>
    /// 某某网成立于2011年: the noun phrase that opens a clause and is then said to have been founded is an
    /// organisation, whatever its last word.
    /// </summary>
    private MentionCandidate? OrganizationBeforeFounding(string text, List<Token> tokens, int i)
    {
        if (i == 0 || !StartsFoundingCue(text, tokens, i)) return null;
        var end = i;
        // 某某网（English name）成立于…: the name before the bracketed alias.
        if (tokens[end - 1].Word is "）" or ")")
        {
            var open = end - 1;
            while (open > 0 && open > end - 8 && tokens[open].Word is not ("（" or "(")) open--;
            if (tokens[open].Word is "（" or "(") end = open;
        }
        var start = end;
        while (start > 0 && (IsOrgNamePart(tokens[start - 1]) || IsWordInLegalName(tokens[start - 1]))
            && tokens[end].Start - tokens[start - 1].Start <= MaxOrgNameLength)
            start--;
        if (start == end) return null;
        // Only a whole clause subject: the phrase starts the sentence or follows punctuation.
        if (start > 0 && !(tokens[start - 1].Word.Length == 1 && char.IsPunctuation(tokens[start - 1].Word[0]))) return null;
        var from = tokens[start].Start;
        var name = text[from..tokens[end].Start];
        if (name.Length < 2 || _genericOrgWords.Contains(name) || !name.Any(Scripts.Script.IsHan)) return null;
        return new MentionCandidate(from, tokens[end].Start, EntityTypes.Organization, name, null, Priority: 2);
    }

    private bool StartsFoundingCue(string text, List<Token> tokens, int i)
    {
        // Every cue, of one word or two, starts with the first character of this one.
        if (tokens[i].Word.Length > 0 && !_foundingCueStarts.Contains(tokens[i].Word[0])) return false;
        if (_foundingCues.Contains(tokens[i].Word)) return true;
        if (i + 1 >= tokens.Count) return false;
        // Two words that together make a cue, compared without joining them (this runs for every token).
        var (first, second) = (tokens[i].Word, tokens[i + 1].Word);
        foreach (var cue in _foundingCues)
            if (cue.Length == first.Length + second.Length && cue.StartsWith(first, StringComparison.Ordinal)
                && cue.EndsWith(second, StringComparison.Ordinal)) return true;
        return false;
    }

    private bool IsOrgNamePart(Token token)
    {
        if (_orgStopwords.Contains(token.Word)) return false;
        if (token.Tag == "eng") return true;
        return token.Tag is "ns" or "nt" or "nz" or "j" or "nrt" or "nr" or "nrfg" or "n" or "b" or "an" or "vn";
    }
}
