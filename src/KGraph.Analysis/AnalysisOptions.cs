using KGraph.Analysis.Centrality;
using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis;

/// <param name="Top">How many entities each ranking in the report lists.</param>
/// <param name="ExactBetweennessLimit">Above this many entities betweenness is sampled from <paramref name="BetweennessPivots"/> sources.</param>
public sealed record AnalysisOptions(
    RelationshipFilter Filter,
    int Top = 10,
    int ExactBetweennessLimit = 5_000,
    int BetweennessPivots = 1_000,
    int Seed = 42,
    PageRankOptions? PageRank = null)
{
    public static AnalysisOptions Default { get; } = new(RelationshipFilter.All);
}
