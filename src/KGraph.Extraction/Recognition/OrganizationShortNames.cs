namespace KGraph.Extraction.Recognition;

/// <summary>
/// The shorter names a Chinese organisation goes by: without its legal form (某某科技有限公司 → 某某科技),
/// without the place it starts with (深圳市某某 → 某某), without a bracketed place (某某（中国）有限公司),
/// and without the trade word before the legal form (某某科技有限公司 → 某某). News and gold sets use them
/// interchangeably, so they become the entity's aliases.
/// </summary>
internal sealed class OrganizationShortNames(RecognitionLexicon lexicon)
{
    private static readonly string[] GroupWords = ["集团", "控股"];
    private readonly string[] _legalForms = [.. lexicon.OrgLegalFormsZh.OrderByDescending(f => f.Length)];
    private readonly string[] _tradeWords = [.. lexicon.OrgTradeWordsZh.OrderByDescending(f => f.Length)];
    // Longest first within each first character, so the first place that starts a name is the longest.
    private readonly Dictionary<char, string[]> _placesByFirstChar = lexicon.Places.Where(p => p.Any(Scripts.Script.IsHan))
        .OrderByDescending(p => p.Length).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());
    private readonly HashSet<string> _generic = new(lexicon.GenericOrgWordsZh.Concat(lexicon.Places), StringComparer.Ordinal);

    public IEnumerable<string> For(string name)
    {
        if (!name.Any(Scripts.Script.IsHan)) return [];
        var forms = new SortedSet<string>(StringComparer.Ordinal);
        var unbracketed = WithoutBrackets(name);
        // A second pass over the same text would add nothing: each is taken once.
        foreach (var full in OneOrTwo(name, unbracketed))
        {
            var withoutPlace = WithoutPlace(full);
            foreach (var form in OneOrTwo(full, withoutPlace))
            {
                forms.Add(form);
                var legal = WithoutEnding(form, _legalForms);
                // 某某集团有限公司 → 某某 and 某某集团: the group word may stay.
                var removed = form[legal.Length..];
                var kept = GroupWords.FirstOrDefault(w => removed.Length > w.Length && removed.StartsWith(w, StringComparison.Ordinal));
                foreach (var core in kept is null ? [legal] : new[] { legal, legal + kept })
                {
                    forms.Add(core);
                    // 某某软件科技 → 某某软件 → 某某: trade words may stack.
                    for (var shorter = WithoutEnding(core, _tradeWords); forms.Add(shorter); shorter = WithoutEnding(shorter, _tradeWords)) { }
                }
            }
        }
        forms.Remove(name);
        forms.RemoveWhere(f => f.Length < 2 || _generic.Contains(f) || _legalForms.Contains(f) || _tradeWords.Contains(f));
        return forms;
    }

    private static string[] OneOrTwo(string first, string second) => first == second ? [first] : [first, second];

    private static string WithoutBrackets(string name)
    {
        var open = name.IndexOfAny(['（', '(']);
        var close = name.IndexOfAny(['）', ')']);
        return open > 0 && close > open ? name[..open] + name[(close + 1)..] : name;
    }

    private string WithoutPlace(string name)
    {
        // jieba is asked only when no listed place starts the name.
        var place = ListedPlace(name) ?? JiebaPlace(name);
        if (place.Length == 0 || !name.StartsWith(place, StringComparison.Ordinal)) return name;
        var rest = name[place.Length..];
        foreach (var level in _placeLevels)
            if (rest.StartsWith(level, StringComparison.Ordinal)) return rest[level.Length..];
        return rest;
    }

    // Longest first: 自治区 before 区.
    private readonly string[] _placeLevels = [.. lexicon.PlaceLevelsZh.OrderByDescending(l => l.Length)];

    /// <summary>The longest listed place the name starts with.</summary>
    private string? ListedPlace(string name)
    {
        if (name.Length == 0 || !_placesByFirstChar.TryGetValue(name[0], out var places)) return null;
        foreach (var place in places)
            if (name.StartsWith(place, StringComparison.Ordinal)) return place;
        return null;
    }

    /// <summary>A place the name starts with that the lexicon does not list (唐山某某有限公司): jieba's first word, tagged ns.</summary>
    private static string JiebaPlace(string name)
    {
        var tokens = JiebaTagger.Base.Tag(name, 0, false, NoCharacters);
        return tokens.Count > 1 && tokens[0].Tag == "ns" && tokens[0].Word.Length >= 2 && tokens[0].Word.All(Scripts.Script.IsHan)
            && name.Length - tokens[0].Word.Length >= 2 ? tokens[0].Word : "";
    }

    private static readonly HashSet<char> NoCharacters = [];

    private static string WithoutEnding(string name, string[] endings)
    {
        foreach (var ending in endings)
            if (name.Length > ending.Length + 1 && name.EndsWith(ending, StringComparison.Ordinal)) return name[..^ending.Length];
        return name;
    }
}
