using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;

namespace KGraph.Visualization.Tests.Layout;

public class ForceDirectedLayoutTests
{
    private static DiagramGraph Whole(Model.KnowledgeGraph graph) => GraphSelector.Select(graph, Some.Vocabulary, DiagramSelection.Whole).Graph!;

    [Fact]
    public void The_same_seed_gives_the_same_positions()
    {
        var graph = Whole(Some.AiGraph());

        var first = new ForceDirectedLayout(seed: 3).Arrange(graph);
        var second = new ForceDirectedLayout(seed: 3).Arrange(graph);

        Assert.Equal(first.X, second.X);
        Assert.Equal(first.Y, second.Y);
    }

    [Fact]
    public void No_two_node_boxes_overlap_in_a_small_graph()
    {
        var layout = new ForceDirectedLayout().Arrange(Whole(Some.HostileGraph()));

        for (var i = 0; i < layout.Count; i++)
        {
            for (var j = i + 1; j < layout.Count; j++)
            {
                var apartX = Math.Abs(layout.X[i] - layout.X[j]) >= (layout.Width[i] + layout.Width[j]) / 2;
                var apartY = Math.Abs(layout.Y[i] - layout.Y[j]) >= (layout.Height[i] + layout.Height[j]) / 2;
                Assert.True(apartX || apartY, $"nodes {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void Edge_labels_of_a_small_graph_cover_no_node_and_no_other_label()
    {
        var graph = Whole(Some.AiGraph());
        var layout = new ForceDirectedLayout().Arrange(graph);

        var routes = EdgeRouting.Route(graph, layout, placeLabels: true);

        var labels = routes.Select(r => (r.LabelX, r.LabelY, r.LabelWidth, r.LabelHeight)).ToList();
        var nodes = Enumerable.Range(0, layout.Count).Select(i => (layout.X[i], layout.Y[i], layout.Width[i], layout.Height[i])).ToList();
        for (var a = 0; a < labels.Count; a++)
        {
            Assert.All(nodes, node => Assert.False(Overlap(labels[a], node), $"label {a} covers a node"));
            for (var b = a + 1; b < labels.Count; b++) Assert.False(Overlap(labels[a], labels[b]), $"labels {a} and {b} overlap");
        }
    }

    [Fact]
    public void Around_a_busy_node_a_label_with_no_free_spot_is_left_out_rather_than_drawn_over_a_name()
    {
        var graph = Whole(BusyHub());
        var layout = new ForceDirectedLayout().Arrange(graph);

        var routes = EdgeRouting.Route(graph, layout, placeLabels: true);

        var shown = routes.Where(r => r.LabelShown).Select(r => (r.LabelX, r.LabelY, r.LabelWidth, r.LabelHeight)).ToList();
        var nodes = Enumerable.Range(0, layout.Count).Select(i => (layout.X[i], layout.Y[i], layout.Width[i], layout.Height[i])).ToList();
        for (var a = 0; a < shown.Count; a++)
        {
            Assert.All(nodes, node => Assert.False(Overlap(shown[a], node), $"label {a} covers a node"));
            for (var b = a + 1; b < shown.Count; b++) Assert.False(Overlap(shown[a], shown[b]), $"labels {a} and {b} overlap");
        }
        Assert.Equal((96, HiddenLabels), (routes.Count, routes.Count(r => !r.LabelShown)));
    }

    internal const int HiddenLabels = 8;
    private static readonly string[] HubFactTypes = ["LEADS", "FOUNDED", "INVESTED_IN", "WORKS_AT", "SUED", "OWNS", "LEFT", "CONTROLS"];

    /// <summary>One person with eight facts on each of twelve companies: more labels than room around them.</summary>
    internal static Model.KnowledgeGraph BusyHub()
    {
        var companies = Enumerable.Range(0, 12).Select(i => Some.Organization($"c{i:D2}", $"Company number {i}")).ToList();
        var facts = companies.SelectMany(c => HubFactTypes.Select((type, k) => Some.Fact("hub", type, c.Id, 2000 + k, null, "doc", "quote"))).ToList();
        return new Model.KnowledgeGraph([], [Some.Person("hub", "Hub Person", "枢纽"), .. companies], facts);
    }

    [Fact]
    public void Unconnected_parts_are_packed_close_instead_of_flung_apart()
    {
        var graph = Whole(new Model.KnowledgeGraph([], Enumerable.Range(0, 12).Select(i => Some.Organization($"o{i:D2}", $"Org {i}")), []));

        var layout = new ForceDirectedLayout().Arrange(graph);

        var (minX, minY, maxX, maxY) = layout.Bounds();
        Assert.True(maxX - minX < 1000 && maxY - minY < 1000, $"12 lone nodes spread over {maxX - minX:0} × {maxY - minY:0}");
    }

    [Fact]
    public void A_large_graph_gets_finite_positions_from_the_grid_approximation()
    {
        var graph = Whole(Some.Random(2_000));

        var layout = new ForceDirectedLayout().Arrange(graph);

        Assert.False(NodeBoxes.IsDetailed(graph));
        Assert.All(layout.X.Concat(layout.Y), v => Assert.True(double.IsFinite(v)));
        Assert.True(layout.X.Distinct().Count() > 1_900);
    }

    [Fact]
    public void An_empty_graph_has_an_empty_layout()
    {
        Assert.Equal(0, new ForceDirectedLayout().Arrange(Whole(Model.KnowledgeGraph.Empty)).Count);
    }

    private static bool Overlap((double X, double Y, double W, double H) a, (double X, double Y, double W, double H) b) =>
        Math.Abs(a.X - b.X) < (a.W + b.W) / 2 - 0.5 && Math.Abs(a.Y - b.Y) < (a.H + b.H) / 2 - 0.5;
}
