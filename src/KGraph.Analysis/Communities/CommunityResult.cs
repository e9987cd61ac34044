using KGraph.Analysis.Components;

namespace KGraph.Analysis.Communities;

/// <summary>Communities (largest first), their modularity and how many aggregation levels Louvain ran.</summary>
public sealed record CommunityResult(Partition Communities, double Modularity, int Levels);
