using System.Globalization;
using System.Xml;
using static KGraph.Visualization.Writers.XmlOutput;

namespace KGraph.Visualization.Writers;

/// <summary>
/// GEXF for Gephi and NetworkX: typed node and edge attributes, viz colours, positions and
/// sizes from our layout (y flipped: GEXF's y axis points up).
/// GEXF 1.2draft, not 1.3: Gephi reads both, NetworkX reads 1.3 only from 3.6 on (Debian
/// ships 2.8). Every edge is directed and a symmetric type is the boolean attribute
/// <c>symmetric</c>: NetworkX refuses <c>type="undirected"</c> edges in a directed graph and
/// reads <c>defaultedgetype="mixed"</c> as undirected, Gephi flags "mixed" and "mutual" as errors.
/// </summary>
public sealed class GexfWriter : IDiagramWriter
{
    private const string Gexf = "http://www.gexf.net/1.2draft";
    private const string Viz = "http://www.gexf.net/1.2draft/viz";

    private static readonly (string Id, string Type)[] NodeAttributes = [("type", "string"), ("kind", "string"), ("names", "string")];

    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("type", "string"), ("role", "string"), ("start", "string"), ("end", "string"), ("confidence", "double"), ("status", "string"), ("evidence", "string"),
            ("symmetric", "boolean")];

    public string Format => "gexf";
    public string Extension => ".gexf";

    public string Write(Diagram diagram) => XmlOutput.Write(w =>
    {
        var (graph, layout) = (diagram.Graph, diagram.Layout);
        w.WriteStartElement("gexf", Gexf);
        w.WriteAttributeString("xmlns", "viz", null, Viz);
        w.WriteAttributeString("version", "1.2");
        w.WriteStartElement("meta", Gexf);
        w.WriteElementString("creator", Gexf, "KGraph");
        w.WriteElementString("description", Gexf, Clean(graph.Title));
        w.WriteEndElement();

        w.WriteStartElement("graph", Gexf);
        w.WriteAttributeString("mode", "static");
        w.WriteAttributeString("defaultedgetype", "directed");
        Attributes(w, "node", NodeAttributes);
        Attributes(w, "edge", EdgeAttributes);

        w.WriteStartElement("nodes", Gexf);
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var entity = graph.Nodes[i];
            w.WriteStartElement("node", Gexf);
            w.WriteAttributeString("id", Clean(entity.Id));
            w.WriteAttributeString("label", Clean(DiagramStyle.OneLine(entity.Name)));
            AttributeValues(w, [("type", entity.Type), ("kind", entity.Kind),
                ("names", string.Join(" | ", entity.AllNames().Select(DiagramStyle.OneLine).Distinct()))]);
            Color(w, DiagramStyle.NodeColor(graph.Vocabulary, entity.Type));
            w.WriteStartElement("position", Viz);
            w.WriteAttributeString("x", Number(layout.X[i]));
            w.WriteAttributeString("y", Number(-layout.Y[i]));
            w.WriteAttributeString("z", "0");
            w.WriteEndElement();
            w.WriteStartElement("size", Viz);
            w.WriteAttributeString("value", Number(Math.Max(layout.Width[i], layout.Height[i]) / 4));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();

        w.WriteStartElement("edges", Gexf);
        foreach (var edge in graph.Edges)
        {
            var r = edge.Relationship;
            w.WriteStartElement("edge", Gexf);
            w.WriteAttributeString("id", Clean(r.Id));
            w.WriteAttributeString("source", Clean(r.From));
            w.WriteAttributeString("target", Clean(r.To));
            w.WriteAttributeString("label", Clean(DiagramStyle.EdgeLabel(r)));
            AttributeValues(w,
            [
                ("type", r.Type), ("role", r.Role), ("start", r.Start?.ToString()), ("end", r.End?.ToString()),
                ("confidence", r.Confidence?.ToString("R", CultureInfo.InvariantCulture)), ("status", r.Status.ToString()),
                ("evidence", r.Evidence.Count == 0 ? null : GraphMlWriter.EvidenceText(graph.Source, r)),
                ("symmetric", edge.Symmetric ? "true" : "false"),
            ]);
            Color(w, DiagramStyle.EdgeColor(graph.Vocabulary, r.Type));
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
    });

    private static void Attributes(XmlWriter w, string target, (string Id, string Type)[] attributes)
    {
        w.WriteStartElement("attributes", Gexf);
        w.WriteAttributeString("class", target);
        foreach (var (id, type) in attributes)
        {
            w.WriteStartElement("attribute", Gexf);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", id);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void AttributeValues(XmlWriter w, (string Id, string? Value)[] values)
    {
        w.WriteStartElement("attvalues", Gexf);
        foreach (var (id, value) in values)
        {
            if (value is null) continue;
            w.WriteStartElement("attvalue", Gexf);
            w.WriteAttributeString("for", id);
            w.WriteAttributeString("value", Clean(value));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void Color(XmlWriter w, string color)
    {
        var (r, g, b) = DiagramStyle.Rgb(color);
        w.WriteStartElement("color", Viz);
        w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("g", g.ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("b", b.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }
}
