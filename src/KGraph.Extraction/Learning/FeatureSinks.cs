namespace KGraph.Extraction.Learning;

/// <summary>
/// Where a feature extractor puts each position's features: kept (training, which reads them on every pass) or
/// scored at once (extraction, which needs only the label scores). A struct, so the extractor's calls are direct.
/// </summary>
internal interface IFeatureSink
{
    void Begin(int position);

    void Add(int bucket);

    void End();
}

/// <summary>Keeps every position's buckets.</summary>
internal struct CollectingSink(int positions) : IFeatureSink
{
    private readonly List<int> _buckets = new(48);
    private int _position;

    public int[][] Features { get; } = new int[positions][];

    public void Begin(int position)
    {
        _position = position;
        _buckets.Clear();
    }

    public readonly void Add(int bucket) => _buckets.Add(bucket);

    public readonly void End() => Features[_position] = [.. _buckets];
}

/// <summary>Adds each bucket's weight row to its position's label scores: positions × labels, row-major.</summary>
internal struct ScoringSink(int positions, LinearWeights weights) : IFeatureSink
{
    private int _offset;

    public float[] Scores { get; } = new float[positions * weights.Labels];

    public void Begin(int position) => _offset = position * weights.Labels;

    public readonly void Add(int bucket) => weights.AddRow(bucket, Scores.AsSpan(_offset, weights.Labels));

    public readonly void End()
    {
    }
}
