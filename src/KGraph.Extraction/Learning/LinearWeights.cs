namespace KGraph.Extraction.Learning;

/// <summary>
/// A hashed weight table: 2^<see cref="Bits"/> rows (feature buckets) by <see cref="Labels"/> columns.
/// A position's score for each label is the sum of its features' rows.
/// </summary>
internal sealed class LinearWeights
{
    public LinearWeights(int bits, int labels)
    {
        if (bits is < 8 or > 26) throw new ArgumentOutOfRangeException(nameof(bits), bits, "a weight table has 2^8 to 2^26 rows");
        Bits = bits;
        Labels = labels;
        Values = new float[(1 << bits) * labels];
    }

    public int Bits { get; }

    public int Labels { get; }

    /// <summary>Row-major: bucket × labels + label. (Single precision: converting half-precision values on every lookup costs more than the memory it
    /// saves.)</summary>
    public float[] Values { get; }

    /// <summary>Adds one bucket's row to <paramref name="scores"/>.</summary>
    public void AddRow(int bucket, Span<float> scores)
    {
        var row = Values.AsSpan(bucket * Labels, Labels);
        for (var l = 0; l < row.Length; l++) scores[l] += row[l];
    }

    /// <summary>Adds the rows of <paramref name="buckets"/> to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<int> buckets, Span<float> scores)
    {
        foreach (var bucket in buckets) AddRow(bucket, scores);
    }
}
