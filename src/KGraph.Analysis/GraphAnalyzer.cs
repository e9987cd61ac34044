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
        var degree = DegreeCentrality.Compute(compact);
        var pageRank = PageRank.Compute(compact, options.PageRank);
        var betweenness = compact.VertexCount <= options.ExactBetweennessLimit
            ? BetweennessCentrality.Exact(compact)
            : BetweennessCentrality.Sampled(compact, options.BetweennessPivots, options.Seed);
        var components = ConnectedComponents.Weak(compact);
        var strong = ConnectedComponents.Strong(compact);
        var communities = Louvain.Detect(compact);
        var entities = view.Entities.Select((entity, v) => new EntityMeasures(
            entity, degree.In[v], degree.Out[v], degree.Total[v], pageRank.Scores[v], betweenness.Scores[v],
            components.ComponentOf[v], strong.ComponentOf[v], communities.Communities.ComponentOf[v])).ToList();
        var brokers = BrokerRanking.Rank(view, betweenness.Scores, options.Top);
        return new AnalysisReport(view, options, entities, pageRank, betweenness, components, strong, communities, brokers);
    }
}
