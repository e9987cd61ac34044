using KGraph.Analysis.Components;
using KGraph.Analysis.Views;

namespace KGraph.Analysis.Tests.Components;

public class ConnectedComponentsTests
{
    [Fact]
    public void Weak_components_ignore_direction_and_come_largest_first()
    {
        var result = ConnectedComponents.Weak(Some.Compact(7, "5>6", "0>1", "2>1", "3>3"));

        Assert.Equal([[0, 1, 2], [5, 6], [3], [4]], result.Members);
        Assert.Equal([0, 0, 0, 2, 3, 1, 1], result.ComponentOf);
    }

    [Fact]
    public void An_empty_graph_has_no_components()
    {
        Assert.Equal(0, ConnectedComponents.Weak(Some.Compact(0)).Count);
    }

    [Fact]
    public void Strong_components_follow_direction_and_symmetric_types_count_both_ways()
    {
        var view = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);
        var result = ConnectedComponents.Strong(view.Compact);

        Assert.Equal(7, result.Count);
        Assert.Equal([0, 4], result.Members[0]);
    }

    [Fact]
    public void Strong_components_of_a_long_chain_do_not_overflow_the_stack()
    {
        const int n = 200_000;
        var entities = Enumerable.Range(0, n).Select(i => Some.Person($"p{i:D6}", $"P{i}"));
        var chain = Enumerable.Range(0, n - 1).Select(i => Some.Relationship($"p{i:D6}", "MET", $"p{i + 1:D6}")).ToArray();
        var view = GraphView.Build(new Model.KnowledgeGraph([], entities, chain), SampleGraph.Vocabulary);

        Assert.Equal(1, ConnectedComponents.Strong(view.Compact).Count);
        Assert.Equal(1, ConnectedComponents.Weak(view.Compact).Count);
    }

    [Fact]
    public void Strong_components_are_the_same_as_QuikGraphs_on_random_graphs_with_symmetric_arcs_and_self_loops()
    {
        var random = new Random(17);
        for (var round = 0; round < 20; round++)
        {
            var n = 1 + random.Next(60);
            var entities = Enumerable.Range(0, n).Select(i => Some.Person($"p{i:D3}", $"P{i}"));
            var relationships = Enumerable.Range(0, random.Next(3 * n))
                .Select(i => Some.Relationship($"p{random.Next(n):D3}", random.Next(5) == 0 ? "MET" : "WORKS_AT",
                    $"p{random.Next(n):D3}") with
                { Id = $"r{i:D4}" })
                .ToArray();
            var view = GraphView.Build(new Model.KnowledgeGraph([], entities, relationships), SampleGraph.Vocabulary);
            var quik = new QuikGraph.Algorithms.ConnectedComponents.StronglyConnectedComponentsAlgorithm<string, QuikGraph.TaggedEdge<string,
                Model.Relationship>>(view.ToDirected());
            quik.Compute();

            Assert.Equal(new Partition([.. view.Entities.Select(e => quik.Components[e.Id])]).Members, ConnectedComponents.Strong(view.Compact).Members);
        }
    }
}
