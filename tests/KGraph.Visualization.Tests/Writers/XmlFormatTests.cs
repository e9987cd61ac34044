using System.Xml.Linq;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

public class XmlFormatTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace YFiles = "http://www.yworks.com/xml/graphml";
    private static readonly XNamespace Gexf = "http://www.gexf.net/1.2draft";
    private static readonly XNamespace Viz = "http://www.gexf.net/1.2draft/viz";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void GraphML_holds_every_node_and_edge_with_the_keys_Gephi_and_Cytoscape_read()
    {
        var doc = XDocument.Parse(new GraphMlWriter().Write(Draw.Whole(Some.HostileGraph())));

        var keys = doc.Root!.Elements(GraphMl + "key").Where(k => k.Attribute("attr.name") is not null)
            .Select(k => $"{k.Attribute("for")!.Value}:{k.Attribute("attr.name")!.Value}").ToList();
        Assert.Subset(keys.ToHashSet(),
            new HashSet<string> { "node:label", "node:r", "node:g", "node:b", "node:x", "node:y", "node:size", "edge:label", "edge:confidence" });
        var nodes = doc.Descendants(GraphMl + "node").ToList();
        Assert.Equal(10, nodes.Count);
        Assert.Equal(14, doc.Descendants(GraphMl + "edge").Count());
        var hostile = nodes.Single(n => n.Attribute("id")!.Value == "hostile");
        Assert.Equal(DiagramStyle.OneLine(Some.HostileName), hostile.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == "label").Value);
    }

    [Fact]
    public void GraphML_symmetric_edges_are_directed_with_a_symmetric_key_and_no_yEd_arrowhead()
    {
        var doc = XDocument.Parse(new GraphMlWriter().Write(Draw.Whole(Some.HostileGraph())));

        Assert.Equal("directed", doc.Root!.Element(GraphMl + "graph")!.Attribute("edgedefault")!.Value);
        Assert.All(doc.Descendants(GraphMl + "edge"), e => Assert.Null(e.Attribute("directed")));
        var key = doc.Root.Elements(GraphMl + "key").Single(k => (string?)k.Attribute("attr.name") == "symmetric");
        Assert.Equal(("edge", "boolean"), (key.Attribute("for")!.Value, key.Attribute("attr.type")!.Value));
        string Symmetric(XElement edge) => edge.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == "symmetric").Value;
        string Arrow(XElement edge) => edge.Descendants(YFiles + "Arrows").Single().Attribute("target")!.Value;
        var edges = doc.Descendants(GraphMl + "edge").ToDictionary(e => e.Attribute("id")!.Value);
        Assert.Equal(("true", "none"), (Symmetric(edges["anthropic.competes_with.openai"]), Arrow(edges["anthropic.competes_with.openai"])));
        Assert.Equal(("false", "standard"), (Symmetric(edges["elon-musk.sued.openai.2024"]), Arrow(edges["elon-musk.sued.openai.2024"])));
    }

    [Fact]
    public void GEXF_12_holds_every_node_and_edge_with_viz_colours_and_positions()
    {
        var diagram = Draw.Whole(Some.HostileGraph());
        var doc = XDocument.Parse(new GexfWriter().Write(diagram));

        Assert.Equal("1.2", doc.Root!.Attribute("version")!.Value);
        var nodes = doc.Descendants(Gexf + "node").ToList();
        Assert.Equal(10, nodes.Count);
        Assert.Equal(14, doc.Descendants(Gexf + "edge").Count());
        var musk = nodes.Single(n => n.Attribute("id")!.Value == "elon-musk");
        var color = musk.Element(Viz + "color")!;
        Assert.Equal(("218", "113", "148"), (color.Attribute("r")!.Value, color.Attribute("g")!.Value, color.Attribute("b")!.Value));
        var index = diagram.Graph.IndexOf("elon-musk");
        Assert.Equal(Math.Round(diagram.Layout.X[index], 1),
            double.Parse(musk.Element(Viz + "position")!.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagramStyle.OneLine(Some.HostileName), nodes.Single(n => n.Attribute("id")!.Value == "hostile").Attribute("label")!.Value);
    }

    [Fact]
    public void GEXF_symmetric_edges_are_directed_with_a_symmetric_attribute()
    {
        var doc = XDocument.Parse(new GexfWriter().Write(Draw.Whole(Some.HostileGraph())));

        Assert.Equal("directed", doc.Root!.Element(Gexf + "graph")!.Attribute("defaultedgetype")!.Value);
        Assert.All(doc.Descendants(Gexf + "edge"), e => Assert.Null(e.Attribute("type")));
        Assert.Equal(["anthropic.competes_with.openai", "openai.competes_with.xai"],
            doc.Descendants(Gexf + "edge")
                .Where(e => e.Descendants(Gexf + "attvalue").Any(a => a.Attribute("for")!.Value == "symmetric" && a.Attribute("value")!.Value == "true"))
                .Select(e => e.Attribute("id")!.Value));
    }

    [Fact]
    public void SVG_with_hostile_names_is_valid_XML_that_holds_the_name_as_text()
    {
        var svg = new SvgDiagramWriter().Write(Draw.Whole(Some.HostileGraph()));
        File.WriteAllText(Artifacts.Path("hostile.svg"), svg);

        var doc = XDocument.Parse(svg);

        Assert.Empty(doc.Descendants(Svg + "script"));
        var hostile = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == "hostile");
        Assert.Equal(DiagramStyle.OneLine(Some.HostileName) + " (Organization, company)", hostile.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_are_replaced_so_the_XML_still_parses()
    {
        Assert.Equal("a\uFFFDb\uFFFDc😀", XmlOutput.Clean("a\u0001b\uD800c😀"));
    }
}
