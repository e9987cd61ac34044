using System.Numerics;
using System.Runtime.CompilerServices;

namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// The trie's edges, (node, character) → child, in one open-addressing hash table: a lookup is a
/// multiply, a shift and usually one probe, with no buckets to follow. Each slot packs the key
/// (node × 2¹⁶ + character, 40 bits) above the child (24 bits), so that a probe reads one memory
/// word: the route's lookups are mostly cache misses. Keys are never 0 (nodes start at 1), so 0
/// marks an empty slot. Writes happen before reads (see <see cref="PrefixDictionary"/>); a slot is
/// written in one store, so a reader sees the whole edge or none of it.
/// </summary>
internal sealed class ChildTable
{
    /// <summary>Nodes (parents and children) must stay below this.</summary>
    public const int MaxNodes = 1 << ValueBits;

    private const int ValueBits = 24;
    private const ulong ValueMask = (1UL << ValueBits) - 1;
    private ulong[] _slots = new ulong[1 << 20];
    private int _count;

    /// <summary>A copy to add edges to without changing this table.</summary>
    public ChildTable Clone() => new() { _slots = (ulong[])_slots.Clone(), _count = _count };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Get(int node, char c)
    {
        var key = Key(node, c);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var slot = Slot(key, slots.Length); ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found >> ValueBits == key) return (int)(found & ValueMask);
            if (found == 0) return 0;
        }
    }

    public void Set(int node, char c, int child)
    {
        if ((uint)node >= MaxNodes || (uint)child >= MaxNodes) throw new InvalidOperationException($"the dictionary trie is limited to {MaxNodes:N0} nodes");
        if (_count * 2 >= _slots.Length)
        {
            // Filled before it is published: a reader sees the old table or the whole new one.
            var grown = new ulong[_slots.Length * 2];
            foreach (var entry in _slots)
                if (entry != 0) Put(grown, entry >> ValueBits, entry);
            _slots = grown;
        }
        if (Put(_slots, Key(node, c), Key(node, c) << ValueBits | (uint)child)) _count++;
    }

    /// <summary>Stores the entry in the key's slot; true when the slot was empty.</summary>
    private static bool Put(ulong[] slots, ulong key, ulong entry)
    {
        var mask = slots.Length - 1;
        var slot = Slot(key, slots.Length);
        while (slots[slot] != 0 && slots[slot] >> ValueBits != key) slot = (slot + 1) & mask;
        var empty = slots[slot] == 0;
        slots[slot] = entry;
        return empty;
    }

    private static ulong Key(int node, char c) => (ulong)(uint)node << 16 | c;

    // Fibonacci hashing: the top log2(length) bits of the product.
    private static int Slot(ulong key, int length) => (int)(key * 0x9E3779B97F4A7C15UL >> (64 - BitOperations.Log2((uint)length)));
}
