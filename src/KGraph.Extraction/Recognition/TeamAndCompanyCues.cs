namespace KGraph.Extraction.Recognition;

/// <summary>
/// Teams and companies found by the words around them (Rules/names.yaml): both sides of "A vs B" and
/// "A对阵B" are teams, a name before 队 is a team (某某队); and, once candidates are chosen, a person
/// name next to a team cue (某某主场, 逼平某某) is a team and a Latin name next to a company cue
/// (某某旗下, 开发商“某某”) is a company.
/// </summary>
internal sealed class TeamAndCompanyCues(NameCueLexicon lexicon, KnownOrganizations known, IReadOnlyList<string> versus)
{
    private const int MaxTeamLength = 8;
    private readonly CueWords _teamAfter = new(lexicon.TeamCuesAfter);
    private readonly CueWords _teamBefore = new(lexicon.TeamCuesBefore);
    private readonly HashSet<string> _teamStopwords = new(lexicon.TeamStopwords, StringComparer.Ordinal);
    private readonly CueWords _companyAfter = new(lexicon.CompanyCuesAfter);
    private readonly CueWords _companyBefore = new(lexicon.CompanyCuesBefore);
    private readonly CueWords _personBefore = new(lexicon.PersonCuesBefore);
    private readonly CueWords _personAfter = new(lexicon.PersonCuesAfter);

    /// <summary>Team names on both sides of vs / 对阵 and before 队, added to <paramref name="found"/>.</summary>
    public void Find(string text, int from, int to, List<Token> tokens, List<MentionCandidate> found)
    {
        foreach (var cue in versus)
        {
            // Ignoring case only where there is case: Han characters have none (a search ignoring case in text
            // that is not ASCII is several times slower), and a Latin cue's first letter must be there in some case.
            var latin = char.IsAsciiLetter(cue[0]);
            if (latin && text.AsSpan(from, to - from).IndexOfAny(char.ToLowerInvariant(cue[0]), char.ToUpperInvariant(cue[0])) < 0) continue;
            var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (var at = text.IndexOf(cue, from, to - from, comparison); at >= 0
                && at < to; at = at + cue.Length >= to ? -1 : text.IndexOf(cue, at + cue.Length, to - at - cue.Length, comparison))
            {
                // 对阵 is also a noun (对阵情况): there, a side must hold a proper noun; vs is only ever the cue.
                var proper = latin;
                if (TeamBefore(text, from, at, tokens) is { } left && (proper || HoldsProperNoun(left, tokens))) found.Add(left);
                if (TeamAfter(text, at + cue.Length, to, tokens) is { } right && (proper || HoldsProperNoun(right, tokens))) found.Add(right);
            }
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && tokens[i].Word == "队" && NamedSquad(text, tokens, i) is { } squad) found.Add(squad);
            // 巴西队/nt as one word: the team, not the place inside it.
            else if (tokens[i].Word.Length > 2 && tokens[i].Word.EndsWith('队') && tokens[i].Tag is "nt" or "nz" or "ns"
                && !_teamStopwords.Contains(tokens[i].Word[..^1]))
                found.Add(new MentionCandidate(tokens[i].Start, tokens[i].End, EntityTypes.Organization, tokens[i].Word, null, Priority: 2));
        }
    }

    /// <summary>Retypes chosen candidates by their neighbours: persons next to team cues, Latin names next to company cues.</summary>
    public List<MentionCandidate> Retype(string text, List<MentionCandidate> chosen)
    {
        for (var k = 0; k < chosen.Count; k++)
        {
            var c = chosen[k];
            if (c.KnownId is not null) continue;
            // A listed organisation the Latin recogniser found first (CAPCOM, WEM) is no longer a weak guess.
            if ((c.Weak || c.Type == EntityTypes.Person) && IsLatin(c.Name) && known.Contains(c.Name))
                chosen[k] = c with { Type = EntityTypes.Organization, Weak = false };
            else if (c.Type == EntityTypes.Person && (_teamAfter.Follow(text, c.End) || _teamBefore.Precede(text, c.Start)))
                chosen[k] = c with { Type = EntityTypes.Organization, Weak = false };
            else if (c.Type is EntityTypes.Person or EntityTypes.Organization && IsLatin(c.Name)
                && (_companyAfter.Follow(text, c.End) || _companyBefore.Precede(text, SkipQuote(text, c.Start))))
                chosen[k] = c with { Type = EntityTypes.Organization, Weak = false };
            // A single Latin word next to a person cue (玩家某某, 某某表示) is a person's name or handle.
            else if (c.Type == EntityTypes.Organization && IsLatin(c.Name) && !c.Name.Contains(' ') && !known.Contains(c.Name)
                && (_personAfter.Follow(text, c.End) || _personBefore.Precede(text, SkipQuote(text, c.Start))))
                chosen[k] = c with { Type = EntityTypes.Person, Weak = false };
        }
        DistributeOverLists(text, chosen);
        return chosen;
    }

    /// <summary>某某、某某和某某: in a list with an organisation, a person candidate is an organisation too (曼联、某某、切尔西).</summary>
    private static void DistributeOverLists(string text, List<MentionCandidate> chosen)
    {
        var start = 0;
        for (var k = 1; k <= chosen.Count; k++)
        {
            if (k < chosen.Count && IsListSeparator(text, chosen[k - 1].End, chosen[k].Start)) continue;
            var members = k - start;
            var organizations = 0;
            for (var m = start; m < k; m++)
                if (chosen[m].Type == EntityTypes.Organization && !chosen[m].Weak) organizations++;
            if (members >= 3 && organizations * 2 > members)
                for (var m = start; m < k; m++)
                    if (chosen[m].Type == EntityTypes.Person
                        && chosen[m].KnownId is null) chosen[m] = chosen[m] with { Type = EntityTypes.Organization, Weak = false };
            start = k;
        }
    }

    private static bool IsListSeparator(string text, int end, int start) =>
        start - end == 1 ? text[end] is '、' or '和' or '与' or '及' : false;

    private MentionCandidate? TeamBefore(string text, int from, int at, List<Token> tokens)
    {
        var start = at;
        while (start > from && at - start < MaxTeamLength && IsNameChar(text[start - 1])) start--;
        if (start > from && IsNameChar(text[start - 1])) return null; // longer than a team name
        // The name starts after the last function word inside the run (比赛中维拉vs… → 维拉).
        foreach (var token in tokens)
            if (token.Start >= start && token.End <= at && IsFunctionWord(token)) start = token.End;
        return Team(text, start, at);
    }

    private MentionCandidate? TeamAfter(string text, int at, int to, List<Token> tokens)
    {
        var end = at;
        while (end < to && end - at < MaxTeamLength + 2 && IsNameChar(text[end])) end++;
        // The name ends before the first function word inside the run (曼联从目前… → 曼联), or after 队.
        foreach (var token in tokens)
        {
            if (token.Start < at || token.Start >= end) continue;
            if (IsFunctionWord(token) && token.Start > at)
            {
                end = token.Start;
                break;
            }
            if (token.Word.EndsWith('队') && token.End <= end)
            {
                end = token.End;
                break;
            }
        }
        return end - at > MaxTeamLength ? null : Team(text, at, end);
    }

    private static MentionCandidate? Team(string text, int start, int end)
    {
        if (end - start < 2) return null;
        var name = text[start..end];
        return name.Any(Scripts.Script.IsHan) || name.Count(char.IsAsciiLetter) >= 2
            ? new MentionCandidate(start, end, EntityTypes.Organization, name, null, Priority: 2)
            : null;
    }

    /// <summary>某某队: proper-noun words before 队 (中国队, 利物浦队), not a kind of squad (国家队, 主队).</summary>
    private MentionCandidate? NamedSquad(string text, List<Token> tokens, int squad)
    {
        var start = squad;
        var proper = false;
        while (start > 0 && tokens[squad].Start - tokens[start - 1].Start <= MaxTeamLength - 1)
        {
            var previous = tokens[start - 1];
            if (!Scripts.Script.IsAllHan(previous.Word) || IsFunctionWord(previous) || _teamStopwords.Contains(previous.Word)) break;
            if (previous.Tag is not ("nr" or "nrt" or "nrfg" or "ns" or "nt" or "nz" or "j" or "n" or "ng" or "x")) break;
            proper |= previous.Tag is "nr" or "nrt" or "nrfg" or "ns" or "nt" or "nz" or "j";
            start--;
        }
        if (start == squad || !proper) return null;
        var from = tokens[start].Start;
        if (_teamStopwords.Contains(text[from..tokens[squad].Start])) return null;
        return new MentionCandidate(from, tokens[squad].End, EntityTypes.Organization, text[from..tokens[squad].End], null, Priority: 2);
    }

    private static bool HoldsProperNoun(MentionCandidate c, List<Token> tokens)
    {
        foreach (var t in tokens)
            if (t.Start >= c.Start && t.End <= c.End
                && (t.Tag is "nr" or "nrt" or "nrfg" or "ns" or "nt" or "nz" or "j" or "eng" || JiebaTagger.Frequency(t.Word) == 0)) return true;
        return false;
    }

    private static bool IsFunctionWord(Token token) =>
        token.Tag is "p" or "c" or "u" or "uj" or "ul" or "uz" or "ug" or "uv" or "ud" or "d" or "r" or "v" or "vn" or "m" or "q" or "f" or "t"
            or "y" or "a" or "ad" or "l";

    private static bool IsNameChar(char c) => Scripts.Script.IsHan(c) || char.IsAsciiLetter(c);

    // A loop, not All with a lambda: it runs for every chosen candidate, and All's enumerator would be allocated.
    private static bool IsLatin(string name)
    {
        foreach (var c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or ' ' or '&')) return false;
        return true;
    }

    private static int SkipQuote(string text, int start) => start > 0 && text[start - 1] is '“' or '"' or '「' or '‘' ? start - 1 : start;
}
