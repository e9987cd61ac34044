namespace KGraph.Extraction.Learning;

/// <summary>Collects the buckets of one position's features (or one pair's) for a table of 2^bits rows.</summary>
internal sealed class FeatureList(int bits)
{
    private readonly List<int> _buckets = new(64);

    public int Bits { get; } = bits;

    public void Add(ulong hash) => _buckets.Add(FeatureHash.Bucket(hash, Bits));

    public void Clear() => _buckets.Clear();

    public int Count => _buckets.Count;

    public int[] ToArray() => [.. _buckets];
}
