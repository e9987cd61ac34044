namespace KGraph.Neo4j.Gds;

/// <summary>
/// GDS reports raw betweenness, and on an undirected graph counts each pair once (it halves
/// Brandes' sums). The local engine reports NetworkX's share of pairs, and scales a sampled
/// measure by n / sources. The arithmetic is done in the local engine's order, so equal sums give equal bits.
/// </summary>
public static class GdsBetweenness
{
    public static double ToShareOfPairs(double raw, int entities, int samplingSize)
    {
        var scale = entities > 2 ? 1.0 / ((entities - 1.0) * (entities - 2.0)) : 0;
        var share = raw * 2 * scale;
        return samplingSize >= entities ? share : share * ((double)entities / samplingSize);
    }
}
