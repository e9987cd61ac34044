using System.Globalization;
using System.Xml;
using KGraph.Model;
using static KGraph.Visualization.Writers.XmlOutput;

namespace KGraph.Visualization.Writers;

/// <summary>
/// GraphML that yEd, Gephi and Cytoscape each open with labels, colours and positions:
/// plain typed keys (label, name, type, r/g/b, x/y, size: the names Gephi maps and
/// Cytoscape turns into columns) plus yEd's own nodegraphics/edgegraphics for its drawing.
/// Every edge is directed, as the graph's edgedefault says: NetworkX refuses a
/// <c>directed="false"</c> edge in a directed graph, so a symmetric type is kept as the
/// boolean <c>symmetric</c> key and drawn without an arrowhead in yEd.
/// The yEd graphics come before the plain keys because NetworkX reads yEd's geometry and
/// label into <c>x</c>, <c>y</c> and <c>label</c>: the plain values, read last, win.
/// </summary>
public sealed class GraphMlWriter : IDiagramWriter
{
    private const string GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private const string YFiles = "http://www.yworks.com/xml/graphml";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("name", "node", "name", "string"),
        ("type", "node", "type", "string"),
        ("kind", "node", "kind", "string"),
        ("names", "node", "names", "string"),
        ("color", "node", "color", "string"),
        ("r", "node", "r", "int"),
        ("g", "node", "g", "int"),
        ("b", "node", "b", "int"),
        ("x", "node", "x", "double"),
        ("y", "node", "y", "double"),
        ("size", "node", "size", "double"),
        ("elabel", "edge", "label", "string"),
        ("etype", "edge", "type", "string"),
        ("role", "edge", "role", "string"),
        ("start", "edge", "start", "string"),
        ("end", "edge", "end", "string"),
        ("confidence", "edge", "confidence", "double"),
        ("status", "edge", "status", "string"),
        ("evidence", "edge", "evidence", "string"),
        ("ecolor", "edge", "color", "string"),
        ("symmetric", "edge", "symmetric", "boolean"),
    ];

    public string Format => "graphml";
    public string Extension => ".graphml";

    public string Write(Diagram diagram) => XmlOutput.Write(w =>
    {
        var (graph, layout) = (diagram.Graph, diagram.Layout);
        w.WriteStartElement("graphml", GraphMl);
        w.WriteAttributeString("xmlns", "y", null, YFiles);
        foreach (var (id, target, name, type) in Keys)
        {
            w.WriteStartElement("key", GraphMl);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("for", target);
            w.WriteAttributeString("attr.name", name);
            w.WriteAttributeString("attr.type", type);
            w.WriteEndElement();
        }
        YFilesKey(w, "ng", "node", "nodegraphics");
        YFilesKey(w, "eg", "edge", "edgegraphics");

        w.WriteStartElement("graph", GraphMl);
        w.WriteAttributeString("id", "kgraph");
        w.WriteAttributeString("edgedefault", "directed");
        w.WriteElementString("desc", GraphMl, Clean(graph.Title));
        for (var i = 0; i < graph.Nodes.Count; i++) WriteNode(w, graph, layout, i);
        foreach (var edge in graph.Edges) WriteEdge(w, graph, edge);
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void WriteNode(XmlWriter w, DiagramGraph graph, Layout.GraphLayout layout, int i)
    {
        var entity = graph.Nodes[i];
        var color = DiagramStyle.NodeColor(graph.Vocabulary, entity.Type);
        var (r, g, b) = DiagramStyle.Rgb(color);
        var label = DiagramStyle.OneLine(entity.Name);
        w.WriteStartElement("node", GraphMl);
        w.WriteAttributeString("id", Clean(entity.Id));
        YEdNodeGraphics(w, entity, layout, i, color);
        Data(w, "label", label);
        Data(w, "name", label);
        Data(w, "type", entity.Type);
        if (entity.Kind is not null) Data(w, "kind", entity.Kind);
        Data(w, "names", string.Join(" | ", entity.AllNames().Select(DiagramStyle.OneLine).Distinct()));
        Data(w, "color", color);
        Data(w, "r", r.ToString(CultureInfo.InvariantCulture));
        Data(w, "g", g.ToString(CultureInfo.InvariantCulture));
        Data(w, "b", b.ToString(CultureInfo.InvariantCulture));
        Data(w, "x", Number(layout.X[i]));
        Data(w, "y", Number(layout.Y[i]));
        Data(w, "size", Number(Math.Max(layout.Width[i], layout.Height[i]) / 4));
        w.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter w, DiagramGraph graph, DiagramEdge edge)
    {
        var rel = edge.Relationship;
        var color = DiagramStyle.EdgeColor(graph.Vocabulary, rel.Type);
        w.WriteStartElement("edge", GraphMl);
        w.WriteAttributeString("id", Clean(rel.Id));
        w.WriteAttributeString("source", Clean(rel.From));
        w.WriteAttributeString("target", Clean(rel.To));
        YEdEdgeGraphics(w, edge, color);
        Data(w, "elabel", DiagramStyle.EdgeLabel(rel));
        Data(w, "etype", rel.Type);
        if (rel.Role is not null) Data(w, "role", rel.Role);
        if (rel.Start is { } start) Data(w, "start", start.ToString());
        if (rel.End is { } end) Data(w, "end", end.ToString());
        if (rel.Confidence is { } confidence) Data(w, "confidence", confidence.ToString("R", CultureInfo.InvariantCulture));
        Data(w, "status", rel.Status.ToString());
        if (rel.Evidence.Count > 0) Data(w, "evidence", EvidenceText(graph.Source, rel));
        Data(w, "ecolor", color);
        Data(w, "symmetric", edge.Symmetric ? "true" : "false");
        w.WriteEndElement();
    }

    private static void YEdNodeGraphics(XmlWriter w, Entity entity, Layout.GraphLayout layout, int i, string color)
    {
        w.WriteStartElement("data", GraphMl);
        w.WriteAttributeString("key", "ng");
        w.WriteStartElement("ShapeNode", YFiles);
        w.WriteStartElement("Geometry", YFiles);
        w.WriteAttributeString("x", Number(layout.X[i] - layout.Width[i] / 2));
        w.WriteAttributeString("y", Number(layout.Y[i] - layout.Height[i] / 2));
        w.WriteAttributeString("width", Number(layout.Width[i]));
        w.WriteAttributeString("height", Number(layout.Height[i]));
        w.WriteEndElement();
        w.WriteStartElement("Fill", YFiles);
        w.WriteAttributeString("color", SvgDiagramWriter.Tint(color));
        w.WriteAttributeString("transparent", "false");
        w.WriteEndElement();
        w.WriteStartElement("BorderStyle", YFiles);
        w.WriteAttributeString("color", color);
        w.WriteAttributeString("type", "line");
        w.WriteAttributeString("width", "1.5");
        w.WriteEndElement();
        w.WriteStartElement("NodeLabel", YFiles);
        w.WriteString(Clean(string.Join("\n", DiagramStyle.NodeLabelLines(entity))));
        w.WriteEndElement();
        w.WriteStartElement("Shape", YFiles);
        w.WriteAttributeString("type", DiagramStyle.Shape(entity.Type) switch
        {
            NodeShape.Ellipse => "ellipse",
            NodeShape.Hexagon => "hexagon",
            NodeShape.Box => "rectangle",
            _ => "roundrectangle",
        });
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void YEdEdgeGraphics(XmlWriter w, DiagramEdge edge, string color)
    {
        var rel = edge.Relationship;
        w.WriteStartElement("data", GraphMl);
        w.WriteAttributeString("key", "eg");
        w.WriteStartElement("PolyLineEdge", YFiles);
        w.WriteStartElement("LineStyle", YFiles);
        w.WriteAttributeString("color", color);
        w.WriteAttributeString("type", rel.Status == RelationshipStatus.Extracted ? "dashed" : "line");
        w.WriteAttributeString("width", "1.5");
        w.WriteEndElement();
        w.WriteStartElement("Arrows", YFiles);
        w.WriteAttributeString("source", "none");
        w.WriteAttributeString("target", edge.Symmetric ? "none" : "standard");
        w.WriteEndElement();
        w.WriteStartElement("EdgeLabel", YFiles);
        w.WriteString(Clean(DiagramStyle.EdgeLabel(rel)));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>Each quote with the title of its source, one per line, for tools that show one text per edge.</summary>
    internal static string EvidenceText(KnowledgeGraph source, Relationship relationship) => string.Join("\n", relationship.Evidence.Select(e =>
        $"“{DiagramStyle.OneLine(e.Quote)}” — {source.DocumentsById.GetValueOrDefault(e.Doc)?.Title ?? e.Doc}"));

    private static void Data(XmlWriter w, string key, string value)
    {
        w.WriteStartElement("data", GraphMl);
        w.WriteAttributeString("key", key);
        w.WriteString(Clean(value));
        w.WriteEndElement();
    }

    private static void YFilesKey(XmlWriter w, string id, string target, string type)
    {
        w.WriteStartElement("key", GraphMl);
        w.WriteAttributeString("id", id);
        w.WriteAttributeString("for", target);
        w.WriteAttributeString("yfiles.type", type);
        w.WriteEndElement();
    }
}
