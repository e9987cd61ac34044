namespace KGraph.Extraction.Learning;

/// <summary>
/// A hashed weight table: 2^<see cref="Bits"/> rows (feature buckets) by <see cref="Labels"/> columns.
/// A position's score for each label is the sum of its features' rows.
/// </summary>
internal sealed class LinearWeights
{
    public LinearWeights(int bits, int labels, float[]? values = null)
    {
        if (bits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(bits), bits, "a weight table has 2^8 to 2^26 rows");
        Bits = bits;
        Labels = labels;
        Values = values ?? new float[(1 << bits) * labels];
        if (Values.Length != (1 << bits) * labels) throw new ArgumentException($"expected {(1 << bits) * labels} weights, got {Values.Length}", nameof(values));
    }

    public int Bits { get; }

    public int Labels { get; }

    public float[] Values { get; }

    /// <summary>Adds the rows of <paramref name="buckets"/> to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        var values = Values.AsSpan();
        var labels = Labels;
        foreach (var bucket in buckets)
        {
            var row = values.Slice(bucket * labels, labels);
            for (var l = 0; l < labels; l++) scores[l] += row[l];
        }
    }
}
