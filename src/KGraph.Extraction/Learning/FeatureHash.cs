using System.Runtime.CompilerServices;

namespace KGraph.Extraction.Learning;

/// <summary>
/// Features are hashed, never stored as strings: a feature is a template number and its values
/// folded into 64 bits (FNV-1a), then a bucket of the weight table. Deterministic in every
/// process (string.GetHashCode is not), so a model trained once scores the same everywhere.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template) => Add(Offset, template);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, int value)
    {
        hash = (hash ^ (uint)(value & 0xFFFF)) * Prime;
        return (hash ^ (uint)((value >> 16) & 0xFFFF)) * Prime;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, char value) => (hash ^ value) * Prime;

    /// <summary>Folds in another hash (a word's, computed once and reused by several features).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, long value) => Add(Add(hash, (int)value), (int)(value >> 32));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong hash, bool value) => (hash ^ (value ? 0x10001u : 0x10002u)) * Prime;

    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        foreach (var c in value) hash = (hash ^ c) * Prime;
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0xFFFFu) * Prime;
    }

    /// <summary>The bucket of a feature in a table of 2^<paramref name="bits"/> rows (the high bits after a final mix).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bucket(ulong hash, int bits)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return (int)(hash >> (64 - bits));
    }
}
