using System.Text.RegularExpressions;

namespace KGraph.Extraction.Recognition;

/// <summary>
/// Full registered names of Chinese companies, which end in a legal form (有限公司, 股份有限公司,
/// 有限责任公司, 合伙企业（有限合伙）): from the legal form back over the words of the name,
/// including a bracketed place or 集团 (某某（北京）科技有限公司), a title in 《》, Han numerals
/// (三一重工) and Latin words, up to a word that cannot be in a name (punctuation, prepositions,
/// a role word, a verb before the name like 如/介绍, an earlier company's 公司). A name that opens
/// with plain words before its place (研发实力深圳市某某有限公司) starts at the place. Such a name
/// replaces the pieces other recognisers made of it (a place, a person, a shorter organisation).
/// </summary>
internal sealed class LegalNameRecognizer(RecognitionLexicon lexicon) : IMentionRecognizer
{
    private const int MaxLength = 32;
    private const int MaxBracketed = 8;
    // Words that describe a company before its name (创业, 互联网) may still be words of a registered name.
    private static readonly string[] InsideLegalNames = ["创业", "互联网", "合资", "外资", "电动", "新", "大", "小"];
    private readonly HashSet<string> _boundaries = new(lexicon.OrgNameStopwordsZh.Except(InsideLegalNames)
        .Concat(lexicon.LegalNameBoundariesZh).Concat(lexicon.OrgRoleCuesZh), StringComparer.Ordinal);
    private readonly HashSet<string> _places = new(lexicon.Places, StringComparer.Ordinal);
    private readonly string[] _placeLevels = [.. lexicon.PlaceLevelsZh];
    // The endings of a registered name, longest first so that 有限责任公司 wins over 有限公司.
    private readonly Regex _legalEnding = new(string.Join('|', lexicon.OrgLegalEndingsZh.OrderByDescending(e => e.Length).Select(Regex.Escape)),
        RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private readonly string[] _suffixes = [.. lexicon.OrgSuffixesZh];

    /// <summary>Adds the legal names of a sentence (<paramref name="text"/> script-folded, names taken from <paramref name="original"/>) to <paramref
    /// name="candidates"/>, dropping the candidates inside them.</summary>
    public void Recognize(SentenceText sentence, List<MentionCandidate> candidates) =>
        Apply(sentence.Folded, sentence.Original, (List<Token>)sentence.Words!, candidates);

    public void Apply(string text, string original, List<Token> tokens, List<MentionCandidate> candidates)
    {
        if (tokens.Count == 0) return;
        var from = tokens[0].Start;
        var to = tokens[^1].End;
        // Every legal form holds 有限: one vectorised search spares the regex most sentences.
        if (text.AsSpan(from, to - from).IndexOf("有限", StringComparison.Ordinal) < 0) return;
        foreach (var suffix in _legalEnding.EnumerateMatches(text.AsSpan(from, to - from)))
        {
            var suffixStart = from + suffix.Index;
            var end = suffixStart + suffix.Length;
            if (StartOf(text, tokens, suffixStart) is not { } start || suffixStart - start < 2) continue;
            var name = new MentionCandidate(start, end, EntityTypes.Organization, original[start..end], null, Priority: 2);
            // Curated names stay (they outrank this one); pieces of the name and other cuts of it go, and so
            // does a guess that runs on past the legal form (某某有限公司徐某 before a title).
            // An organisation that goes on past the legal form is kept only as a branch (某某有限公司北京分公司).
            candidates.RemoveAll(c => c.KnownId is null && c.Overlaps(name)
                && (c.End <= end || (c.Start >= start && (c.Weak || !IsBranch(c.Name[(end - c.Start)..])))));
            candidates.Add(name);
        }
    }

    private bool IsBranch(string rest) => _suffixes.Any(x => rest.EndsWith(x, StringComparison.Ordinal));

    private int? StartOf(string text, List<Token> tokens, int suffixStart)
    {
        var i = tokens.FindLastIndex(t => t.Start < suffixStart);
        if (i < 0) return null;
        var start = suffixStart;
        var pieces = new List<Token>();
        while (i >= 0 && suffixStart - tokens[i].Start <= MaxLength)
        {
            var token = tokens[i];
            if (token.Word is "）" or ")" or "》" && Bracketed(tokens, i) is { } open)
            {
                pieces.Add(token with { Start = tokens[open].Start, Tag = "bracket" });
                start = tokens[open].Start;
                i = open - 1;
                continue;
            }
            if (!IsNamePiece(token)) break;
            pieces.Add(token);
            start = token.Start;
            i--;
        }
        if (pieces.Count == 0) return null;
        pieces.Reverse();
        // 研发实力|驻马店市…有限公司: plain words before the place the name starts with are not part of it.
        var place = pieces.FindIndex(IsPlace);
        if (place > 0 && pieces.Take(place).All(p => !IsProper(p))) start = pieces[place].Start;
        return start;
    }

    /// <summary>The index of the bracket that opens the one at <paramref name="close"/>, when what is inside is a short name part.</summary>
    private static int? Bracketed(List<Token> tokens, int close)
    {
        var opening = tokens[close].Word == "》" ? "《" : tokens[close].Word == ")" ? "(" : "（";
        for (var k = close - 1; k >= 0 && tokens[close].Start - tokens[k].End <= MaxBracketed; k--)
        {
            if (tokens[k].Word == opening) return k > 0 && k < close - 1 ? k : null;
            if (!Scripts.Script.IsAllHan(tokens[k].Word)) return null;
        }
        return null;
    }

    private bool IsNamePiece(Token token)
    {
        if (_boundaries.Contains(token.Word) || token.Word.EndsWith("公司", StringComparison.Ordinal)) return false;
        if (token.Tag == "eng") return token.Word.Any(char.IsAsciiLetter);
        if (!Scripts.Script.IsAllHan(token.Word)) return false;
        return token.Tag switch
        {
            // 三一重工, 十三香, 九号: Han numerals, but not dates, counts or ordinals (2008年, 一家, 第一).
            "m" => !token.Word.Any(c => "年月日家个位名次些第多几两".Contains(c)),
            "p" or "c" or "u" or "uj" or "ul" or "uz" or "ug" or "uv" or "ud" or "d" or "r" or "y" or "e" or "o" or "t" or "q" => false,
            _ => true,
        };
    }

    private bool IsPlace(Token token) =>
        token.Tag == "ns" && (_places.Contains(token.Word) || _placeLevels.Any(token.Word.EndsWith));

    private static bool IsProper(Token token) => token.Tag is "nr" or "nrt" or "nrfg" or "nz" or "nt" or "eng" or "bracket" or "ns";

}
