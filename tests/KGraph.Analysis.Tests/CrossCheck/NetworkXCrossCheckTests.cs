using System.Globalization;
using System.Text;
using System.Text.Json;
using KGraph.Analysis.Centrality;
using KGraph.Analysis.Communities;
using KGraph.Analysis.Components;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.CrossCheck;

/// <summary>Our measures against NetworkX's on one generated graph of a few thousand vertices.</summary>
public sealed class NetworkXCrossCheckTests
{
    private static readonly Lazy<(CompactGraph Graph, JsonElement Reference)> Computed = new(Compute);

    /// <summary>
    /// 2,000 vertices in 20 planted groups with sparse links between them, a few one-way arcs,
    /// parallel edges and self-loops, 10 isolated vertices and a separate little cycle.
    /// </summary>
    internal static (int VertexCount, List<GraphEdge> Edges) Generate()
    {
        const int n = 2_000, groups = 20, groupSize = 99;
        var random = new Random(2024);
        var edges = new List<GraphEdge>();
        for (var v = 0; v < groups * groupSize; v++)
        {
            var group = v / groupSize;
            for (var j = 0; j < 2; j++)
            {
                var w = group * groupSize + random.Next(groupSize);
                edges.Add(new GraphEdge(v, w, Symmetric: random.Next(3) > 0));
            }
            if (random.Next(10) == 0) edges.Add(new GraphEdge(v, random.Next(groups * groupSize), Symmetric: random.Next(2) == 0));
        }
        for (var v = 1980; v < 1990; v++) edges.Add(new GraphEdge(v, v == 1989 ? 1980 : v + 1));
        return (n, edges);
    }

    private static (CompactGraph, JsonElement) Compute()
    {
        var (n, edges) = Generate();
        var folder = Directory.CreateTempSubdirectory("kgraph-crosscheck-").FullName;
        try
        {
            var text = new StringBuilder().Append(n).Append('\n');
            foreach (var e in edges) text.Append(CultureInfo.InvariantCulture, $"{e.From} {e.To} {(e.Symmetric ? 1 : 0)}\n");
            var edgesPath = Path.Combine(folder, "edges.txt");
            var outPath = Path.Combine(folder, "networkx.json");
            File.WriteAllText(edgesPath, text.ToString());
            ReferenceTools.RunScript("CrossCheck/networkx_measures.py", edgesPath, outPath);
            return (CompactGraph.FromEdges(n, edges), JsonDocument.Parse(File.ReadAllText(outPath)).RootElement.Clone());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double[] Doubles(JsonElement reference, string name) =>
        reference.GetProperty(name).EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static List<string> Canonical(IEnumerable<IEnumerable<int>> parts) =>
        parts.Select(p => string.Join(",", p.Order())).Order(StringComparer.Ordinal).ToList();

    [NetworkXFact]
    public void PageRank_agrees_with_NetworkX_within_one_millionth()
    {
        var (graph, reference) = Computed.Value;
        var ours = PageRank.Compute(graph, new PageRankOptions(Tolerance: 1e-13, MaxIterations: 100_000)).Scores;
        var theirs = Doubles(reference, "pagerank");

        Assert.Equal(theirs.Length, ours.Length);
        var worst = Enumerable.Range(0, ours.Length).Max(v => Math.Abs(ours[v] - theirs[v]));
        Assert.True(worst < 1e-6, $"largest PageRank difference {worst}");
    }

    [NetworkXFact]
    public void Exact_betweenness_agrees_with_NetworkX_within_one_millionth()
    {
        var (graph, reference) = Computed.Value;
        var ours = BetweennessCentrality.Exact(graph).Scores;
        var theirs = Doubles(reference, "betweenness");

        var worst = Enumerable.Range(0, ours.Length).Max(v => Math.Abs(ours[v] - theirs[v]));
        Assert.True(worst < 1e-6, $"largest betweenness difference {worst}");
        Assert.True(theirs.Max() > 0.01, "the generated graph should have real brokers");
    }

    [NetworkXFact]
    public void Components_are_identical_to_NetworkX()
    {
        var (graph, reference) = Computed.Value;
        var weak = ConnectedComponents.Weak(graph);
        var theirWeak = reference.GetProperty("weak_components").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetInt32()));

        Assert.Equal(Canonical(theirWeak), Canonical(weak.Members));
        Assert.True(weak.Count > 10, "the generated graph should have several components");
    }

    [NetworkXFact]
    public void Strong_components_are_identical_to_NetworkX()
    {
        var (graph, reference) = Computed.Value;
        var (n, edges) = Generate();
        var entities = Enumerable.Range(0, n).Select(i => Some.Person($"v{i:D4}", $"V{i}"));
        var relationships = edges.Select((e, i) => Some.Relationship($"v{e.From:D4}", e.Symmetric ? "MET" : "WORKS_AT",
            $"v{e.To:D4}") with
        { Id = $"r{i}" }).ToArray();
        var view = GraphView.Build(new Model.KnowledgeGraph([], entities, relationships), SampleGraph.Vocabulary);
        var theirs = reference.GetProperty("strong_components").EnumerateArray().Select(c => c.EnumerateArray().Select(v => v.GetInt32()));

        Assert.Equal(graph.OutTarget.Length, view.Compact.OutTarget.Length);
        Assert.Equal(Canonical(theirs), Canonical(ConnectedComponents.Strong(view.Compact).Members));
    }

    [NetworkXFact]
    public void Louvain_modularity_is_not_worse_than_NetworkX_by_more_than_two_hundredths()
    {
        var (graph, reference) = Computed.Value;
        var ours = Louvain.Detect(graph);
        var theirs = reference.GetProperty("louvain_modularity").GetDouble();

        Assert.True(ours.Modularity >= theirs - 0.02, $"our modularity {ours.Modularity} vs NetworkX {theirs}");
        Assert.Equal(ours.Modularity, Modularity.Compute(graph, ours.Communities.ComponentOf), 1e-12);
    }
}
