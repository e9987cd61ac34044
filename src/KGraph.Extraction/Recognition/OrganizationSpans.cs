namespace KGraph.Extraction.Recognition;

/// <summary>
/// Corrects the extent of organisation candidates around known names and cues: a longer candidate that
/// glues words onto a known name (前述某某银行, 会同某某银行) or spans a "vs" (某某队vs某某队) is dropped
/// before the choice; after it, a branch (某某银行广州分行) and a squad (某某队) join the name, and a kind of
/// squad (国家队, 主队) is no name.
/// </summary>
internal sealed class OrganizationSpans(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private readonly string[] _versus = [.. lexicon.VersusWords];
    private readonly HashSet<string> _places = new(lexicon.Places, StringComparer.Ordinal);
    private readonly HashSet<string> _squadKinds = new(names.TeamStopwords.Select(w => w + "队"), StringComparer.Ordinal);
    private readonly string[] _branches = [.. names.BranchWordsZh];
    private readonly string[] _notSquadWords = [.. names.SquadFollowersZh];
    private readonly HashSet<string> _departments = new(names.DepartmentWordsZh, StringComparer.Ordinal);

    /// <summary>Drops candidates that glue a clause onto a known organisation or join two teams across "vs".</summary>
    public List<MentionCandidate> Prune(List<MentionCandidate> candidates, List<MentionCandidate> known)
    {
        // In place and without a lambda (its captures would be allocated per sentence): most candidates stay.
        var kept = 0;
        for (var k = 0; k < candidates.Count; k++)
            if (candidates[k] is var c && (c.KnownId is not null || !(SpansVersus(c) || GluesOnto(c, known)))) candidates[kept++] = c;
        candidates.RemoveRange(kept, candidates.Count - kept);
        return candidates;
    }

    private bool SpansVersus(MentionCandidate c)
    {
        foreach (var v in _versus)
            if (c.Name.IndexOf(v, 1, StringComparison.OrdinalIgnoreCase) is > 0 and var at && at + v.Length < c.Name.Length) return true;
        return false;
    }

    private bool GluesOnto(MentionCandidate c, List<MentionCandidate> known)
    {
        foreach (var k in known)
            if (k.End == c.End && k.Start > c.Start && c.Name.AsSpan(0, k.Start - c.Start) is var prefix && Scripts.Script.IsAllHan(prefix)
                && !IsPlace(prefix)) return true;
        return false;
    }

    private bool IsPlace(ReadOnlySpan<char> prefix)
    {
        var places = _places.GetAlternateLookup<ReadOnlySpan<char>>();
        return places.Contains(prefix) || (prefix.Length > 1 && prefix[^1] is '省' or '市' or '县' or '区' && places.Contains(prefix[..^1]));
    }

    /// <summary>Extends organisations over a following branch or 队, and drops kinds of squad (in <paramref name="chosen"/>, which it returns).</summary>
    public List<MentionCandidate> Extend(string text, List<MentionCandidate> chosen, List<Token> tokens)
    {
        var result = chosen;
        var kept = 0;
        for (var k = 0; k < result.Count; k++)
        {
            var c = result[k];
            if (c.Type != EntityTypes.Organization || c.KnownId is not null)
            {
                result[kept++] = c;
                continue;
            }
            if (_squadKinds.Contains(c.Name)) continue;
            var end = BranchEnd(text, c.End, tokens) ?? DepartmentEnd(c, tokens) ?? SquadEnd(text, c.End) ?? c.End;
            result[kept++] = end == c.End ? c : c with { End = end, Name = c.Name + text[c.End..end] };
        }
        result.RemoveRange(kept, result.Count - kept);
        // A name grown over a branch swallows the candidates it now covers (广州 in 某某银行广州分行).
        foreach (var c in result)
            if (IsCovered(c, result)) return WithoutCovered(result);
        return result;
    }

    private static List<MentionCandidate> WithoutCovered(List<MentionCandidate> candidates) => candidates.FindAll(c => !IsCovered(c, candidates));

    /// <summary>A longer candidate holds <paramref name="c"/> (being longer, it is another one).</summary>
    private static bool IsCovered(MentionCandidate c, List<MentionCandidate> candidates)
    {
        foreach (var o in candidates)
            if (o.Start <= c.Start && c.End <= o.End && o.Length > c.Length) return true;
        return false;
    }

    private static int IndexStartingAt(List<Token> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
            if (tokens[i].Start == start) return i;
        return -1;
    }

    /// <summary>某某银行 + [a place] + 分行/支行/分公司…: the branch is the organisation named.</summary>
    private int? BranchEnd(string text, int end, List<Token> tokens)
    {
        var at = end;
        var k = IndexStartingAt(tokens, end);
        for (var places = 0; k >= 0 && k < tokens.Count && places < 2; places++, k++)
        {
            if (_branches.Contains(tokens[k].Word)) return tokens[k].End;
            if (!(tokens[k].Tag == "ns" || _places.Contains(tokens[k].Word) || tokens[k].Word is "省" or "市" or "地区")) return null;
            at = tokens[k].End;
        }
        return k >= 0 && k < tokens.Count && _branches.Contains(tokens[k].Word) && at > end ? tokens[k].End : null;
    }

    /// <summary>某某大学 + nouns + 学院/系…: the department is the organisation named.</summary>
    private int? DepartmentEnd(MentionCandidate c, List<Token> tokens)
    {
        if (!(c.Name.EndsWith("大学", StringComparison.Ordinal) || c.Name.EndsWith("科学院", StringComparison.Ordinal)
            || c.Name.EndsWith("社科院", StringComparison.Ordinal))) return null;
        var k = IndexStartingAt(tokens, c.End);
        for (var n = 0; k >= 0 && k < tokens.Count && n < 4; n++, k++)
        {
            if (EndsWithDepartment(tokens[k].Word)) return tokens[k].End;
            if (tokens[k].Tag is not ("n" or "nz" or "vn" or "ns" or "nt" or "j")) return null;
        }
        return null;
    }

    private bool EndsWithDepartment(string word)
    {
        foreach (var d in _departments)
            if (word.EndsWith(d, StringComparison.Ordinal)) return true;
        return false;
    }

    private int? SquadEnd(string text, int end)
    {
        if (end >= text.Length || text[end] != '队') return null;
        foreach (var w in _notSquadWords)
            if (string.CompareOrdinal(text, end, w, 0, w.Length) == 0) return null;
        return end + 1;
    }
}
