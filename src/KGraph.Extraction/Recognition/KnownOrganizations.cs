namespace KGraph.Extraction.Recognition;

/// <summary>
/// Organisations news names without a suffix (曼联, 工行, 暴雪), from Rules/names.yaml. A name must
/// start and end where jieba's words do (维拉 is not found inside 维拉斯), unless the word it cuts is
/// one the HMM guessed; Latin letters match ignoring case. Names of a group with a context (米兰,
/// 民生) are only taken in a sentence that holds one of the context's cue words.
/// </summary>
internal sealed class KnownOrganizations
{
    private readonly Dictionary<char, List<Entry>> _byFirstChar = [];

    private sealed record Entry(string Name, string[]? Cues);

    public KnownOrganizations(NameCueLexicon lexicon)
    {
        var contexts = lexicon.Contexts.ToDictionary(c => c.Key, c => c.Value.ToList(), StringComparer.Ordinal);
        foreach (var group in lexicon.Known.Where(g => g.Signals is not null))
            if (contexts.TryGetValue(group.Signals!, out var signalled)) signalled.AddRange(group.Names);
            else throw new InvalidDataException($"names.yaml: group '{group.Group}' signals an unknown context '{group.Signals}'");
        foreach (var group in lexicon.Known)
        {
            string[]? cues = null;
            if (group.Context is { } context)
                cues = contexts.TryGetValue(context, out var words)
                    ? [.. words.Select(Lower)]
                    : throw new InvalidDataException($"names.yaml: group '{group.Group}' names an unknown context '{context}'");
            foreach (var name in group.Names.Where(n => n.Length >= 2).Select(Lower)) Add(name, cues);
            if (group.ShortForms.Count == 0) continue;
            var shortContext = group.Context ?? group.Signals ?? throw new InvalidDataException($"names.yaml: group '{group.Group}' has short forms but no context to take them in");
            string[] shortCues = [.. contexts[shortContext].Select(Lower)];
            foreach (var length in group.ShortForms.Where(n => n >= 2))
                foreach (var name in group.Names.Where(n => n.Length > length && n.All(Text.Script.IsHan)))
                    Add(name[..length], shortCues);
        }
        foreach (var list in _byFirstChar.Values) list.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
    }

    private void Add(string name, string[]? cues)
    {
        if (!_byFirstChar.TryGetValue(name[0], out var list)) _byFirstChar[name[0]] = list = [];
        if (!list.Exists(e => e.Name == name)) list.Add(new Entry(name, cues));
    }

    /// <summary>Whether <paramref name="name"/> is one of the listed organisations, whatever the context.</summary>
    public bool Contains(string name)
    {
        // Compared as lowered, without lowering a copy: this runs for every organisation candidate.
        if (name.Length == 0 || !_byFirstChar.TryGetValue(LowerAscii(name[0]), out var entries)) return false;
        foreach (var entry in entries)
            if (entry.Name.Length == name.Length && IsLowered(entry.Name, name)) return true;
        return false;
    }

    private static bool IsLowered(string lowered, string name)
    {
        for (var i = 0; i < name.Length; i++)
            if (lowered[i] != LowerAscii(name[i])) return false;
        return true;
    }

    private static char LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c;

    public IEnumerable<MentionCandidate> Find(string text, int from, int to, List<Token> tokens)
    {
        var lowered = Lower(text[from..to]);
        var inside = InsideDictionaryWords(from, to, tokens);
        for (var i = from; i < to; i++)
        {
            if (!_byFirstChar.TryGetValue(lowered[i - from], out var entries) || !IsEdge(text, i, from, inside)) continue;
            foreach (var entry in entries)
            {
                var end = i + entry.Name.Length;
                if (end > to || string.CompareOrdinal(lowered, i - from, entry.Name, 0, entry.Name.Length) != 0) continue;
                // A Latin-named event with its year (某某2011) is that edition of it.
                if (char.IsAsciiLetter(text[end - 1]) && EditionYearEnd(text, end, to) is { } edition) end = edition;
                else if (!IsEdge(text, end, from, inside)) continue;
                if (entry.Cues is { } cues && !cues.Any(c => lowered.Contains(c, StringComparison.Ordinal))) continue;
                yield return new MentionCandidate(i, end, EntityTypes.Organization, text[i..end], null, Priority: 2);
                i = end - 1;
                break;
            }
        }
    }

    private static int? EditionYearEnd(string text, int at, int to)
    {
        var end = at;
        while (end < to && end - at < 5 && char.IsAsciiDigit(text[end])) end++;
        return end - at == 4 && (end == to || !IsLatinOrDigit(text[end])) ? end : null;
    }

    /// <summary>Positions (relative to <paramref name="from"/>) that fall strictly inside a word of jieba's dictionary.</summary>
    private static bool[] InsideDictionaryWords(int from, int to, List<Token> tokens)
    {
        var inside = new bool[to - from + 1];
        foreach (var token in tokens)
        {
            if (IsGuessed(token)) continue;
            for (var k = Math.Max(token.Start + 1, from); k < token.End && k <= to; k++) inside[k - from] = true;
        }
        return inside;
    }

    /// <summary>A name may start or end at <paramref name="at"/>: not inside a dictionary word, nor inside a Latin word.</summary>
    private static bool IsEdge(string text, int at, int from, bool[] inside)
    {
        if (inside[at - from]) return false;
        return at == 0 || at == text.Length || !(IsLatinOrDigit(text[at - 1]) && IsLatinOrDigit(text[at]));
    }

    /// <summary>A word jieba's dictionary does not hold was guessed by its HMM, and its edges mean little.</summary>
    private static bool IsGuessed(Token token) => JiebaTagger.Frequency(token.Word) == 0;

    private static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c);

    private static string Lower(string s) => string.Create(s.Length, s, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = LowerAscii(source[i]);
    });
}
