using KGraph.Analysis.Brokers;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Reports;

/// <summary>Everything <c>kgraph analyze</c> reports, computed once; the writers only format it.</summary>
public sealed record AnalysisReport(
    GraphView View,
    AnalysisOptions Options,
    IReadOnlyList<EntityMeasures> Entities,
    PageRankResult PageRank,
    BetweennessResult Betweenness,
    Partition Components,
    Partition StrongComponents,
    CommunityResult Communities,
    IReadOnlyList<Broker> Brokers)
{
    public IEnumerable<EntityMeasures> TopBy(Func<EntityMeasures, double> measure) =>
        Entities
            .Where(e => measure(e) > 0)
            .OrderByDescending(measure)
            .ThenBy(e => e.Entity.Id, StringComparer.Ordinal)
            .Take(Options.Top);
}
