namespace KGraph.Extraction.Relations;

/// <summary>
/// The required literals of a whole rule set, found in a sentence in one pass: each rule then asks a
/// few bits whether the sentence can match it, instead of searching the sentence for each of its
/// literals (a hundred rules searched one sentence some thousand times).
/// </summary>
internal sealed class LiteralFilter
{
    private readonly string[] _literals;
    private readonly Dictionary<char, int[]> _byFirstCharacter;
    private readonly int[][][] _rules;

    public LiteralFilter(IReadOnlyList<RequiredLiterals> rules)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _rules = new int[rules.Count][][];
        for (var r = 0; r < rules.Count; r++)
            _rules[r] = [.. rules[r].Required.Select(alternatives => alternatives.Select(a => IdOf(ids, a)).ToArray())];
        _literals = [.. ids.OrderBy(p => p.Value).Select(p => p.Key)];
        _byFirstCharacter = ids.GroupBy(p => p.Key[0]).ToDictionary(g => g.Key, g => g.Select(p => p.Value).ToArray());
    }

    /// <summary>How many 64-bit words <see cref="Find"/> needs.</summary>
    public int Words => (_literals.Length + 63) / 64;

    /// <summary>Sets the bit of every literal that occurs in <paramref name="text"/>.</summary>
    public void Find(string text, Span<ulong> present)
    {
        present.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            if (!_byFirstCharacter.TryGetValue(text[i], out var candidates)) continue;
            foreach (var id in candidates)
                if (text.AsSpan(i).StartsWith(_literals[id], StringComparison.Ordinal)) present[id >> 6] |= 1UL << (id & 63);
        }
    }

    /// <summary>Whether the text <paramref name="present"/> was found in holds one literal of each requirement of rule <paramref name="rule"/>.</summary>
    public bool MayMatch(int rule, ReadOnlySpan<ulong> present)
    {
        foreach (var alternatives in _rules[rule])
        {
            var found = false;
            foreach (var id in alternatives)
            {
                if ((present[id >> 6] & (1UL << (id & 63))) == 0) continue;
                found = true;
                break;
            }
            if (!found) return false;
        }
        return true;
    }

    private static int IdOf(Dictionary<string, int> ids, string literal)
    {
        if (!ids.TryGetValue(literal, out var id)) ids[literal] = id = ids.Count;
        return id;
    }
}
