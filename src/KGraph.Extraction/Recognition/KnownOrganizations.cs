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
    // Every name has two characters or more: looked up by both, far fewer names are tried at each position.
    private readonly Dictionary<int, Entry[]> _byFirstTwoChars;
    // A bit per hash of the first two characters: the dictionary and its names lie far apart in memory, and
    // most positions are turned away by this one small table that stays in the cache.
    private readonly Scripts.CharSet _firstTwoHashes;

    /// <summary>A listed name; its length and third character stored inline turn most names away without reading the name's own memory.</summary>
    private readonly record struct Entry(string Name, string[]? Cues)
    {
        public int Length { get; } = Name.Length;

        public char Third { get; } = Name.Length > 2 ? Name[2] : '\0';
    }

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
            var shortContext = group.Context ?? group.Signals
                ?? throw new InvalidDataException($"names.yaml: group '{group.Group}' has short forms but no context to take them in");
            string[] shortCues = [.. contexts[shortContext].Select(Lower)];
            foreach (var length in group.ShortForms.Where(n => n >= 2))
                foreach (var name in group.Names.Where(n => n.Length > length && n.All(Scripts.Script.IsHan)))
                    Add(name[..length], shortCues);
        }
        foreach (var list in _byFirstChar.Values) list.Sort((a, b) => b.Name.Length.CompareTo(a.Name.Length));
        _byFirstTwoChars = _byFirstChar.Values.SelectMany(list => list).GroupBy(e => FirstTwo(e.Name[0], e.Name[1])).ToDictionary(g => g.Key, g => g.ToArray());
        _firstTwoHashes = new Scripts.CharSet(_byFirstTwoChars.Values.Select(entries => FirstTwoHash(entries[0].Name[0], entries[0].Name[1])));
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
        if (name.Length < 2 || !_byFirstTwoChars.TryGetValue(FirstTwo(LowerAscii(name[0]), LowerAscii(name[1])), out var entries)) return false;
        foreach (var entry in entries)
            if (entry.Length == name.Length && IsLowered(entry.Name, name)) return true;
        return false;
    }

    private static bool IsLowered(string lowered, ReadOnlySpan<char> name)
    {
        for (var i = 0; i < name.Length; i++)
            if (lowered[i] != LowerAscii(name[i])) return false;
        return true;
    }

    private static char LowerAscii(char c) => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c;

    /// <summary>Adds what it finds to <paramref name="found"/> (one list for all the finders of a sentence).</summary>
    public void Find(string text, int from, int to, List<Token> tokens, List<MentionCandidate> found)
    {
        // Looking words up in jieba's dictionary costs more than the search: only for sentences where a name may start.
        bool[]? inside = null;
        string? lowered = null;
        for (var i = from; i + 1 < to; i++)
        {
            var (first, second) = (LowerAscii(text[i]), LowerAscii(text[i + 1]));
            if (!_firstTwoHashes.Contains(FirstTwoHash(first, second)) || !_byFirstTwoChars.TryGetValue(FirstTwo(first, second), out var entries)) continue;
            inside ??= InsideDictionaryWords(from, to, tokens);
            if (!IsEdge(text, i, from, inside)) continue;
            foreach (var entry in entries)
            {
                var end = i + entry.Length;
                if (end > to || (entry.Length > 2 && LowerAscii(text[i + 2]) != entry.Third) || !IsLowered(entry.Name, text.AsSpan(i, entry.Length))) continue;
                // A Latin-named event with its year (某某2011) is that edition of it.
                if (char.IsAsciiLetter(text[end - 1]) && EditionYearEnd(text, end, to) is { } edition) end = edition;
                else if (!IsEdge(text, end, from, inside)) continue;
                if (entry.Cues is { } cues && !ContainsAny(lowered ??= Lower(text, from, to - from), cues)) continue;
                found.Add(new MentionCandidate(i, end, EntityTypes.Organization, text[i..end], null, Priority: 2));
                i = end - 1;
                break;
            }
        }
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static int FirstTwo(char first, char second) => first << 16 | second;

    private static char FirstTwoHash(char first, char second) => (char)(first * 0x9E37 + second);

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
            // A word of one character has no inside (and the dictionary look-up is the dear part).
            if (token.End - token.Start < 2 || IsGuessed(token)) continue;
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

    private static string Lower(string s) => Lower(s, 0, s.Length);

    private static string Lower(string s, int from, int length) => string.Create(length, (s, from), static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++) span[i] = LowerAscii(source.s[source.from + i]);
    });
}
