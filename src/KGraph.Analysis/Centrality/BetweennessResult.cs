namespace KGraph.Analysis.Centrality;

/// <summary>
/// Betweenness normalised as NetworkX does for an undirected graph: the share of shortest paths
/// between other pairs passing through the vertex, divided by (n-1)(n-2)/2.
/// <see cref="Pivots"/> is the number of source vertices used: all of them for the exact measure,
/// the sample size for the approximation (whose scores are scaled by n / pivots).
/// </summary>
public sealed record BetweennessResult(double[] Scores, int Pivots, bool Exact, int? Seed);
