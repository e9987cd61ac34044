using System.Text.Json;
using KGraph.Model;
using KGraph.Store;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

/// <summary>
/// Our GraphML and GEXF as NetworkX reads them: every node, every edge (parallel ones too) and
/// their attributes, with symmetric types as a <c>symmetric</c> flag on directed edges.
/// </summary>
public sealed class NetworkXReadBackTests
{
    private static readonly IDiagramWriter[] Writers = [new GraphMlWriter(), new GexfWriter()];

    /// <summary>Writes the diagram in one format, reads it with networkx and returns what it read.</summary>
    private static JsonElement ReadBack(IDiagramWriter writer, Diagram diagram)
    {
        using var folder = new TempFolder();
        var path = folder.Write("graph" + writer.Extension, writer.Write(diagram));
        return JsonDocument.Parse(ReferenceTools.RunScript("Writers/networkx_read.py", writer.Format, path)).RootElement.Clone();
    }

    private static JsonElement Edge(JsonElement read, string id) =>
        read.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("key").GetString() == id).GetProperty("attributes");

    private static JsonElement Node(JsonElement read, string id) => read.GetProperty("nodes").GetProperty(id);

    [NetworkXFact]
    public void Both_formats_read_back_as_a_MultiDiGraph_with_every_node_and_every_parallel_edge()
    {
        var diagram = Draw.Whole(Some.HostileGraph());
        foreach (var writer in Writers)
        {
            var read = ReadBack(writer, diagram);

            Assert.Equal("MultiDiGraph", read.GetProperty("class").GetString());
            Assert.Equal(10, read.GetProperty("nodes").EnumerateObject().Count());
            var edges = read.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(14, edges.Count);
            Assert.Equal(diagram.Graph.Edges.Select(e => e.Relationship.Id).Order(StringComparer.Ordinal),
                edges.Select(e => e.GetProperty("key").GetString()!).Order(StringComparer.Ordinal));
            var muskToOpenAi = edges.Where(e => e.GetProperty("source").GetString() == "elon-musk" && e.GetProperty("target").GetString() == "openai");
            Assert.Equal(["FOUNDED", "LEFT", "SUED"],
                muskToOpenAi.Select(e => e.GetProperty("attributes").GetProperty("type").GetString()).Order(StringComparer.Ordinal));
        }
    }

    [NetworkXFact]
    public void Symmetric_types_stay_directed_edges_flagged_symmetric_in_both_formats()
    {
        var diagram = Draw.Whole(Some.HostileGraph());
        foreach (var writer in Writers)
        {
            var read = ReadBack(writer, diagram);

            var competes = read.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("key").GetString() == "anthropic.competes_with.openai");
            Assert.Equal(("openai", "anthropic"), (competes.GetProperty("source").GetString(), competes.GetProperty("target").GetString()));
            Assert.True(competes.GetProperty("attributes").GetProperty("symmetric").GetBoolean());
            Assert.False(Edge(read, "elon-musk.sued.openai.2024").GetProperty("symmetric").GetBoolean());
            Assert.Equal(["anthropic.competes_with.openai", "openai.competes_with.xai"],
                read.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("attributes").GetProperty("symmetric").GetBoolean())
                    .Select(e => e.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        }
    }

    [NetworkXFact]
    public void GraphML_reads_back_with_typed_node_and_edge_keys_and_not_yEds_corner_position()
    {
        var diagram = Draw.Whole(Some.HostileGraph());
        var read = ReadBack(new GraphMlWriter(), diagram);

        var musk = Node(read, "elon-musk");
        Assert.Equal(("Elon Musk", "Person", 218),
            (musk.GetProperty("label").GetString(), musk.GetProperty("type").GetString(), musk.GetProperty("r").GetInt32()));
        Assert.Equal(Math.Round(diagram.Layout.X[diagram.Graph.IndexOf("elon-musk")], 1), musk.GetProperty("x").GetDouble());
        Assert.Equal(DiagramStyle.OneLine(Some.HostileName), Node(read, "hostile").GetProperty("label").GetString());
        var leads = Edge(read, "sam-altman.leads.openai.2019");
        Assert.Equal(("LEADS", "CEO", "2019", "Reviewed"),
            (leads.GetProperty("type").GetString(), leads.GetProperty("role").GetString(), leads.GetProperty("start").GetString(),
                leads.GetProperty("status").GetString()));
        Assert.Equal(0.85, Edge(read, "elon-musk.sued.openai.2024").GetProperty("confidence").GetDouble());
    }

    [NetworkXFact]
    public void GEXF_reads_back_with_labels_attributes_and_viz_colour_and_position()
    {
        var diagram = Draw.Whole(Some.HostileGraph());
        var read = ReadBack(new GexfWriter(), diagram);

        var musk = Node(read, "elon-musk");
        Assert.Equal(("Elon Musk", "Person"), (musk.GetProperty("label").GetString(), musk.GetProperty("type").GetString()));
        var viz = musk.GetProperty("viz");
        Assert.Equal(218, viz.GetProperty("color").GetProperty("r").GetInt32());
        Assert.Equal(Math.Round(diagram.Layout.X[diagram.Graph.IndexOf("elon-musk")], 1), viz.GetProperty("position").GetProperty("x").GetDouble());
        Assert.Equal("company", Node(read, "openai").GetProperty("kind").GetString());
        var sued = Edge(read, "elon-musk.sued.openai.2024");
        Assert.Equal(("SUED", 0.85, "Extracted"),
            (sued.GetProperty("type").GetString(), sued.GetProperty("confidence").GetDouble(), sued.GetProperty("status").GetString()));
        Assert.Contains("2024年3月，马斯克起诉OpenAI。", sued.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [NetworkXFact]
    public void The_sample_graph_reads_back_whole_in_both_formats()
    {
        var load = GraphLoader.Load([RepositoryFiles.PathOf("graph-data")], new LoadOptions { Texts = null });
        Assert.False(load.HasErrors, string.Join("\n", load.Errors));
        var selected = GraphSelector.Select(load.Graph, load.Vocabulary, DiagramSelection.Whole).Graph!;
        var diagram = new Diagram(selected, new ForceDirectedLayout().Arrange(selected));
        foreach (var writer in Writers)
        {
            var read = ReadBack(writer, diagram);

            Assert.Equal(selected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal),
                read.GetProperty("nodes").EnumerateObject().Select(n => n.Name).Order(StringComparer.Ordinal));
            var edges = read.GetProperty("edges").EnumerateArray().ToList();
            Assert.Equal(selected.Edges.Count, edges.Count);
            Assert.Equal(selected.Edges.Count(e => e.Symmetric), edges.Count(e => e.GetProperty("attributes").GetProperty("symmetric").GetBoolean()));
        }
    }
}
