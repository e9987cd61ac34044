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
    /// <summary>What computed the heavy measures when it was not this process, e.g. "Neo4j Graph Data Science 2.13.2"; null for the local engine.</summary>
    public string? ComputedBy { get; init; }

    public IEnumerable<EntityMeasures> TopBy(Func<EntityMeasures, double> measure) =>
        Entities
            .Where(e => measure(e) > 0)
            .OrderByDescending(measure)
            .ThenBy(e => e.Entity.Id, StringComparer.Ordinal)
            .Take(Options.Top);
}
