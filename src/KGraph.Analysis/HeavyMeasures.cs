using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;

namespace KGraph.Analysis;

/// <summary>
/// The measures that cost the most on a large graph, indexed like the view's entities: computed
/// locally by <see cref="GraphAnalyzer.Analyze"/>, or by a database and handed to <see cref="GraphAnalyzer.Assemble"/>.
/// </summary>
public sealed record HeavyMeasures(PageRankResult PageRank, BetweennessResult Betweenness, Partition Components, CommunityResult Communities);
