namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// The trie's edges, (node, character) → child, in one open-addressing hash table: a lookup is a
/// multiply, a shift and usually one probe, with no buckets to follow. Keys are never 0 (nodes
/// start at 1), so 0 marks an empty slot. Writes happen before reads (see <see cref="PrefixDictionary"/>).
/// </summary>
internal sealed class ChildTable
{
    private long[] _keys = new long[1 << 21];
    private int[] _values = new int[1 << 21];
    private int _shift = 64 - 21;
    private int _count;

    public int Get(long key)
    {
        var keys = _keys;
        var mask = keys.Length - 1;
        for (var slot = Slot(key, _shift); ; slot = (slot + 1) & mask)
        {
            var found = keys[slot];
            if (found == key) return _values[slot];
            if (found == 0) return 0;
        }
    }

    public void Set(long key, int value)
    {
        if (_count * 2 >= _keys.Length) Grow();
        var mask = _keys.Length - 1;
        var slot = Slot(key, _shift);
        while (_keys[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & mask;
        if (_keys[slot] == 0) _count++;
        // Value before key: a reader that finds the key finds its value.
        _values[slot] = value;
        _keys[slot] = key;
    }

    private void Grow()
    {
        var (keys, values) = (_keys, _values);
        _keys = new long[keys.Length * 2];
        _values = new int[keys.Length * 2];
        _shift--;
        _count = 0;
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] != 0) Set(keys[i], values[i]);
    }

    private static int Slot(long key, int shift) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> shift);
}
