using KGraph.Analysis;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;
using KGraph.Analysis.Reports;
using KGraph.Analysis.Views;
using KGraph.Neo4j;
using KGraph.Neo4j.Gds;
using KGraph.Neo4j.Http;

namespace KGraph.Cli.Database;

/// <summary>
/// <c>analyze --engine neo4j</c>: the heavy measures computed by Neo4j Graph Data Science on
/// the same view the local engine would analyse, turned into the same <see cref="AnalysisReport"/>
/// (degree, strong components and brokers are derived locally, as for the local engine).
/// </summary>
internal static class DatabaseAnalysis
{
    public static GdsAnalysisPlan Plan(GraphView view, AnalysisOptions options, string projectionName)
    {
        var pageRank = options.PageRank ?? PageRankOptions.Default;
        var exact = GraphAnalyzer.UsesExactBetweenness(view, options);
        var settings = new GdsSettings(pageRank.Damping, pageRank.Tolerance, pageRank.MaxIterations,
            exact ? view.Entities.Count : options.BetweennessPivots, options.Seed);
        return GdsAnalysisPlan.For(projectionName, [.. view.Entities.Select(e => e.Id)], view.Relationships, view.Vocabulary, settings);
    }

    public static async Task<AnalysisReport> RunAsync(GdsAnalysisRunner runner, GdsAnalysisPlan plan, GraphView view, AnalysisOptions options,
        CancellationToken cancellationToken)
    {
        var scores = await runner.RunAsync(plan, cancellationToken).ConfigureAwait(false);
        var pageRankOptions = options.PageRank ?? PageRankOptions.Default;
        var measures = new HeavyMeasures(
            new PageRankResult(scores.PageRank, scores.PageRankIterations, scores.PageRankConverged, Residual: double.NaN, pageRankOptions),
            new BetweennessResult(scores.Betweenness, Math.Min(plan.Settings.SamplingSize, view.Entities.Count), plan.IsExactBetweenness,
                plan.IsExactBetweenness ? null : plan.Settings.SamplingSeed),
            new Partition(Labels(scores.Component)),
            new CommunityResult(new Partition(Labels(scores.Community)), scores.Modularity, scores.CommunityLevels));
        return GraphAnalyzer.Assemble(view, options, measures) with { ComputedBy = $"Neo4j Graph Data Science {scores.GdsVersion}" };
    }

    /// <summary>The rows <c>--write</c> stores: the report's own numbers, so Neo4j and analysis.json agree (component 0 is the largest).</summary>
    public static IReadOnlyList<PropertyMap> ScoreRows(AnalysisReport report) =>
        [.. report.Entities.Select(e => new PropertyMap(5)
            .Add("id", e.Entity.Id)
            .Add("pagerank", e.PageRank)
            .Add("betweenness", e.Betweenness)
            .Add("component", e.Component)
            .Add("community", e.Community))];

    /// <summary>GDS's labels (node ids, up to 64 bits) as dense ints; <see cref="Partition"/> renumbers them by size anyway.</summary>
    private static int[] Labels(long[] gdsLabels)
    {
        var dense = new Dictionary<long, int>();
        return [.. gdsLabels.Select(label => dense.TryGetValue(label, out var d) ? d : dense[label] = dense.Count)];
    }
}
