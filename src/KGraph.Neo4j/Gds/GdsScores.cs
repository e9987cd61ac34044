namespace KGraph.Neo4j.Gds;

/// <summary>
/// What GDS computed, indexed like <see cref="GdsAnalysisPlan.EntityIds"/> and already in the
/// local engine's conventions (betweenness as a share of pairs). Components and communities are
/// GDS's own labels: entities with the same label belong together, the numbers mean nothing else.
/// </summary>
public sealed record GdsScores(
    string GdsVersion,
    double[] PageRank,
    int PageRankIterations,
    bool PageRankConverged,
    double[] Betweenness,
    long[] Component,
    long[] Community,
    double Modularity,
    int CommunityLevels);
