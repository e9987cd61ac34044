namespace KGraph.Extraction.Scripts;

/// <summary>
/// A set of UTF-16 characters as a bit per character (8 KiB): one shift and mask per test, for the
/// checks that run on every character or word of a text, where a hash set costs several times more.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    public CharSet(IEnumerable<char> characters)
    {
        foreach (var c in characters) _bits[c >> 6] |= 1UL << (c & 63);
    }

    /// <summary>The first characters of <paramref name="words"/> (empty words have none).</summary>
    public static CharSet FirstOf(IEnumerable<string> words) => new(words.Where(w => w.Length > 0).Select(w => w[0]));

    /// <summary>The last characters of <paramref name="words"/> (empty words have none).</summary>
    public static CharSet LastOf(IEnumerable<string> words) => new(words.Where(w => w.Length > 0).Select(w => w[^1]));

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>Whether every character of <paramref name="text"/> is in the set (true for empty text).</summary>
    public bool ContainsAll(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!Contains(c)) return false;
        return true;
    }
}
