using KGraph.Analysis.Brokers;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;
using KGraph.Analysis.Reports;
using KGraph.Analysis.Views;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Analysis;

/// <summary>The analysis stage: every measure over one filtered view of the resolved graph.</summary>
public static class GraphAnalyzer
{
    public static AnalysisReport Analyze(KnowledgeGraph graph, GraphVocabulary vocabulary, AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var view = GraphView.Build(graph, vocabulary, options.Filter);
        var compact = view.Compact;
        var measures = new HeavyMeasures(
            PageRank.Compute(compact, options.PageRank),
            UsesExactBetweenness(view, options)
                ? BetweennessCentrality.Exact(compact)
                : BetweennessCentrality.Sampled(compact, options.BetweennessPivots, options.Seed),
            ConnectedComponents.Weak(compact),
            Louvain.Detect(compact));
        return Assemble(view, options, measures);
    }

    /// <summary>Whether betweenness is exact for this view, or sampled from <see cref="AnalysisOptions.BetweennessPivots"/> sources.</summary>
    public static bool UsesExactBetweenness(GraphView view, AnalysisOptions options) =>
        view.Entities.Count <= options.ExactBetweennessLimit || options.BetweennessPivots >= view.Entities.Count;

    /// <summary>
    /// The report from heavy measures computed here or elsewhere (a database): degree, strong
    /// components and brokers are derived on the view, so both engines write the same report.
    /// </summary>
    public static AnalysisReport Assemble(GraphView view, AnalysisOptions options, HeavyMeasures measures)
    {
        var compact = view.Compact;
        var degree = DegreeCentrality.Compute(compact);
        var strong = ConnectedComponents.Strong(compact);
        var (pageRank, betweenness, components, communities) = measures;
        var entities = view.Entities.Select((entity, v) => new EntityMeasures(
            entity, degree.In[v], degree.Out[v], degree.Total[v], pageRank.Scores[v], betweenness.Scores[v],
            components.ComponentOf[v], strong.ComponentOf[v], communities.Communities.ComponentOf[v])).ToList();
        var brokers = BrokerRanking.Rank(view, betweenness.Scores, options.Top);
        return new AnalysisReport(view, options, entities, pageRank, betweenness, components, strong, communities, brokers);
    }
}
