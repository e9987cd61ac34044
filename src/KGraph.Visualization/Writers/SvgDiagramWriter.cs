using System.Xml;
using KGraph.Visualization.Layout;
using static KGraph.Visualization.Writers.XmlOutput;

namespace KGraph.Visualization.Writers;

/// <summary>
/// A static SVG for reports: title, nodes shaped and coloured by entity type, edges coloured by
/// relationship type with arrowheads (none for symmetric types) and "type · role · year"
/// labels, and a legend. Diagrams above <see cref="NodeBoxes.DetailLimit"/> nodes are drawn as
/// an overview: dots sized by degree, the busiest nodes labelled, no edge labels.
/// </summary>
public sealed class SvgDiagramWriter : IDiagramWriter
{
    private const double Margin = 32;
    private const double TitleHeight = 64;
    private const double LegendWidth = 250;
    private const int OverviewLabels = 40;
    private const string Svg = "http://www.w3.org/2000/svg";

    public string Format => "svg";
    public string Extension => ".svg";

    public string Write(Diagram diagram)
    {
        var (graph, layout) = (diagram.Graph, diagram.Layout);
        var detailed = NodeBoxes.IsDetailed(graph);
        layout.MoveTo(Margin, Margin + TitleHeight);
        var routes = EdgeRouting.Route(graph, layout, placeLabels: detailed);
        var legend = Legend.For(graph);

        var (_, _, maxX, maxY) = layout.Bounds();
        foreach (var route in routes)
        {
            maxX = Math.Max(maxX, route.LabelX + route.LabelWidth / 2);
            maxY = Math.Max(maxY, route.LabelY + route.LabelHeight / 2);
        }
        var width = Math.Max(maxX + Margin, 480) + LegendWidth;
        var height = Math.Max(Math.Max(maxY + Margin, Margin + TitleHeight + legend.Height + Margin), 240);

        return XmlOutput.Write(w =>
        {
            w.WriteStartElement("svg", Svg);
            // The size follows the window or container (the viewBox keeps the proportions), so the
            // whole diagram is in view when opened; zoom in for detail.
            w.WriteAttributeString("width", "100%");
            w.WriteAttributeString("height", "100%");
            w.WriteAttributeString("viewBox", $"0 0 {Number(width)} {Number(height)}");
            w.WriteAttributeString("font-family", DiagramStyle.FontStack);
            w.WriteElementString("title", Svg, Clean(graph.Title));
            w.WriteElementString("desc", Svg, Summary(graph));
            WriteDefinitions(w, graph);
            Rect(w, 0, 0, width, height, "#FFFFFF", null);
            Text(w, Margin, Margin + 6, Clean(graph.Title), "title");
            var hidden = detailed ? routes.Count(r => !r.LabelShown) : 0;
            var crowded = hidden == 0 ? "" : $" · {hidden} edge {(hidden == 1 ? "label" : "labels")} only on hover, where there was no room";
            Text(w, Margin, Margin + 28, Summary(graph) + crowded, "subtitle");
            if (graph.Nodes.Count == 0) Text(w, Margin, Margin + TitleHeight + 20, "No entities match this selection.", "subtitle");

            WriteEdges(w, graph, routes, detailed);
            if (detailed) WriteNodes(w, graph, layout);
            else WriteDots(w, graph, layout);
            if (detailed) WriteEdgeLabels(w, graph, routes);
            legend.Write(w, width - LegendWidth + 10, Margin + TitleHeight);
            w.WriteEndElement();
        });
    }

    internal static string Summary(DiagramGraph graph) =>
        $"{graph.Nodes.Count} {(graph.Nodes.Count == 1 ? "entity" : "entities")} · {graph.Edges.Count} " +
        $"{(graph.Edges.Count == 1 ? "relationship" : "relationships")}";

    private static void WriteDefinitions(XmlWriter w, DiagramGraph graph)
    {
        w.WriteStartElement("style", Svg);
        w.WriteString("""
            .title { font-size: 22px; font-weight: 700; fill: #1B1F24; }
            .subtitle { font-size: 13px; fill: #5B6470; }
            .node-name { font-size: 14px; font-weight: 600; }
            .node-second { font-size: 12px; }
            .edge-label { font-size: 11px; }
            .legend-heading { font-size: 13px; font-weight: 700; fill: #1B1F24; }
            .legend-item { font-size: 12px; fill: #30363D; }
            .hub-label { font-size: 11px; fill: #1B1F24; paint-order: stroke; stroke: #FFFFFF; stroke-width: 3px; }
            """);
        w.WriteEndElement();
        w.WriteStartElement("defs", Svg);
        foreach (var type in graph.Edges.Select(e => e.Relationship.Type).Distinct().Order(StringComparer.Ordinal))
        {
            w.WriteStartElement("marker", Svg);
            w.WriteAttributeString("id", MarkerId(type));
            w.WriteAttributeString("viewBox", "0 0 10 10");
            w.WriteAttributeString("refX", "10");
            w.WriteAttributeString("refY", "5");
            w.WriteAttributeString("markerWidth", "9");
            w.WriteAttributeString("markerHeight", "9");
            w.WriteAttributeString("markerUnits", "userSpaceOnUse");
            w.WriteAttributeString("orient", "auto");
            w.WriteStartElement("path", Svg);
            w.WriteAttributeString("d", "M0,0 L10,5 L0,10 z");
            w.WriteAttributeString("fill", DiagramStyle.EdgeColor(graph.Vocabulary, type));
            w.WriteEndElement();
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Marker ids are built from the type's letters only, so odd type names cannot break the url(#…) reference.</summary>
    internal static string MarkerId(string type) =>
        "arrow-" + new string(type.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray()) + "-" + Model.RelationshipId.ShortHash(type);

    private static void WriteEdges(XmlWriter w, DiagramGraph graph, IReadOnlyList<EdgeRoute> routes, bool detailed)
    {
        w.WriteStartElement("g", Svg);
        w.WriteAttributeString("class", "edges");
        w.WriteAttributeString("fill", "none");
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var (edge, route) = (graph.Edges[i], routes[i]);
            var type = edge.Relationship.Type;
            w.WriteStartElement("path", Svg);
            w.WriteAttributeString("class", "edge");
            w.WriteAttributeString("data-id", Clean(edge.Relationship.Id));
            w.WriteAttributeString("d",
                $"M{Number(route.StartX)},{Number(route.StartY)} Q{Number(route.ControlX)},{Number(route.ControlY)} {Number(route.EndX)},{Number(route.EndY)}");
            w.WriteAttributeString("stroke", detailed ? DiagramStyle.EdgeColor(graph.Vocabulary, type) : "#8A94A0");
            w.WriteAttributeString("stroke-width", detailed ? "1.6" : "0.6");
            if (!detailed) w.WriteAttributeString("stroke-opacity", "0.45");
            if (edge.Relationship.Status == Model.RelationshipStatus.Extracted) w.WriteAttributeString("stroke-dasharray", "5 3");
            if (detailed && !edge.Symmetric) w.WriteAttributeString("marker-end", $"url(#{MarkerId(type)})");
            w.WriteElementString("title", Svg, Clean(EdgeTooltip(graph, edge)));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    internal static string EdgeTooltip(DiagramGraph graph, DiagramEdge edge)
    {
        var r = edge.Relationship;
        var arrow = edge.Symmetric ? "—" : "→";
        var text = $"{graph.Nodes[edge.From].Name} {arrow} {DiagramStyle.EdgeLabel(r)} {arrow} {graph.Nodes[edge.To].Name}";
        if (r.Confidence is { } c) text += $" (confidence {c:0.00})";
        var quote = r.Evidence.Count > 0 ? r.Evidence[0].Quote : null;
        return quote is null ? text : $"{text}\n“{DiagramStyle.OneLine(quote)}”";
    }

    private static void WriteNodes(XmlWriter w, DiagramGraph graph, GraphLayout layout)
    {
        w.WriteStartElement("g", Svg);
        w.WriteAttributeString("class", "nodes");
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var entity = graph.Nodes[i];
            var color = DiagramStyle.NodeColor(graph.Vocabulary, entity.Type);
            var (x, y, hw, hh) = (layout.X[i], layout.Y[i], layout.Width[i] / 2, layout.Height[i] / 2);
            w.WriteStartElement("g", Svg);
            w.WriteAttributeString("class", "node");
            w.WriteAttributeString("data-id", Clean(entity.Id));
            w.WriteElementString("title", Svg, Clean($"{DiagramStyle.OneLine(entity.Name)} ({entity.Type}{(entity.Kind is null ? "" : ", " + entity.Kind)})"));
            Shape(w, DiagramStyle.Shape(entity.Type), x, y, hw, hh, Tint(color), color);
            var lines = DiagramStyle.NodeLabelLines(entity);
            var top = y - (lines.Count - 1) * NodeBoxes.LineHeight / 2;
            for (var k = 0; k < lines.Count; k++)
            {
                w.WriteStartElement("text", Svg);
                w.WriteAttributeString("class", k == 0 ? "node-name" : "node-second");
                w.WriteAttributeString("x", Number(x));
                w.WriteAttributeString("y", Number(top + k * NodeBoxes.LineHeight));
                w.WriteAttributeString("text-anchor", "middle");
                w.WriteAttributeString("dominant-baseline", "central");
                w.WriteAttributeString("fill", "#1B1F24");
                w.WriteString(Clean(lines[k]));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteDots(XmlWriter w, DiagramGraph graph, GraphLayout layout)
    {
        var degrees = graph.Degrees();
        w.WriteStartElement("g", Svg);
        w.WriteAttributeString("class", "nodes");
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var entity = graph.Nodes[i];
            w.WriteStartElement("circle", Svg);
            w.WriteAttributeString("class", "node");
            w.WriteAttributeString("data-id", Clean(entity.Id));
            w.WriteAttributeString("cx", Number(layout.X[i]));
            w.WriteAttributeString("cy", Number(layout.Y[i]));
            w.WriteAttributeString("r", Number(layout.Width[i] / 2));
            w.WriteAttributeString("fill", DiagramStyle.NodeColor(graph.Vocabulary, entity.Type));
            w.WriteElementString("title", Svg, Clean(DiagramStyle.OneLine(entity.Name)));
            w.WriteEndElement();
        }
        // Label the busiest nodes, skipping any label that would cover one already placed.
        var placed = new List<(double X, double Y, double Width)>();
        foreach (var i in Enumerable.Range(0, graph.Nodes.Count).OrderByDescending(i => degrees[i]).ThenBy(i => i))
        {
            if (placed.Count == OverviewLabels) break;
            var name = DiagramStyle.OneLine(graph.Nodes[i].Name);
            var (x, y, width) = (layout.X[i] + layout.Width[i] / 2 + 3, layout.Y[i] + 4, TextMeasure.Width(name, 11));
            if (placed.Exists(p => x < p.X + p.Width && p.X < x + width && Math.Abs(y - p.Y) < 14)) continue;
            placed.Add((x, y, width));
            Text(w, x, y, Clean(name), "hub-label");
        }
        w.WriteEndElement();
    }

    private static void WriteEdgeLabels(XmlWriter w, DiagramGraph graph, IReadOnlyList<EdgeRoute> routes)
    {
        w.WriteStartElement("g", Svg);
        w.WriteAttributeString("class", "edge-labels");
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var route = routes[i];
            if (!route.LabelShown) continue;
            var color = DiagramStyle.EdgeColor(graph.Vocabulary, graph.Edges[i].Relationship.Type);
            Rect(w, route.LabelX - route.LabelWidth / 2, route.LabelY - route.LabelHeight / 2, route.LabelWidth, route.LabelHeight, "#FFFFFF", null,
                opacity: "0.88", radius: 3);
            w.WriteStartElement("text", Svg);
            w.WriteAttributeString("class", "edge-label");
            w.WriteAttributeString("x", Number(route.LabelX));
            w.WriteAttributeString("y", Number(route.LabelY));
            w.WriteAttributeString("text-anchor", "middle");
            w.WriteAttributeString("dominant-baseline", "central");
            w.WriteAttributeString("fill", Darker(color));
            w.WriteString(Clean(DiagramStyle.EdgeLabel(graph.Edges[i].Relationship)));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    internal static void Shape(XmlWriter w, NodeShape shape, double x, double y, double hw, double hh, string fill, string stroke)
    {
        switch (shape)
        {
            case NodeShape.Ellipse:
                w.WriteStartElement("ellipse", Svg);
                w.WriteAttributeString("cx", Number(x));
                w.WriteAttributeString("cy", Number(y));
                w.WriteAttributeString("rx", Number(hw));
                w.WriteAttributeString("ry", Number(hh));
                break;
            case NodeShape.Hexagon:
                var cut = hh * 0.6;
                w.WriteStartElement("polygon", Svg);
                w.WriteAttributeString("points", string.Join(' ', new[]
                {
                    (x - hw, y), (x - hw + cut, y - hh), (x + hw - cut, y - hh), (x + hw, y), (x + hw - cut, y + hh), (x - hw + cut, y + hh),
                }.Select(p => $"{Number(p.Item1)},{Number(p.Item2)}")));
                break;
            default:
                w.WriteStartElement("rect", Svg);
                w.WriteAttributeString("x", Number(x - hw));
                w.WriteAttributeString("y", Number(y - hh));
                w.WriteAttributeString("width", Number(2 * hw));
                w.WriteAttributeString("height", Number(2 * hh));
                var radius = shape switch { NodeShape.Stadium => hh, NodeShape.RoundedBox => 8, _ => 0 };
                w.WriteAttributeString("rx", Number(radius));
                break;
        }
        w.WriteAttributeString("fill", fill);
        w.WriteAttributeString("stroke", stroke);
        w.WriteAttributeString("stroke-width", "2");
        w.WriteEndElement();
    }

    internal static void Text(XmlWriter w, double x, double y, string text, string cssClass)
    {
        w.WriteStartElement("text", Svg);
        w.WriteAttributeString("class", cssClass);
        w.WriteAttributeString("x", Number(x));
        w.WriteAttributeString("y", Number(y));
        w.WriteString(text);
        w.WriteEndElement();
    }

    internal static void Rect(XmlWriter w, double x, double y, double width, double height, string fill, string? stroke,
        string? opacity = null, double radius = 0)
    {
        w.WriteStartElement("rect", Svg);
        w.WriteAttributeString("x", Number(x));
        w.WriteAttributeString("y", Number(y));
        w.WriteAttributeString("width", Number(width));
        w.WriteAttributeString("height", Number(height));
        if (radius > 0) w.WriteAttributeString("rx", Number(radius));
        w.WriteAttributeString("fill", fill);
        if (opacity is not null) w.WriteAttributeString("fill-opacity", opacity);
        if (stroke is not null) w.WriteAttributeString("stroke", stroke);
        w.WriteEndElement();
    }

    /// <summary>The type colour mixed 70% toward white: dark text stays readable on it.</summary>
    internal static string Tint(string color) => Mix(color, 255, 0.7);

    internal static string Darker(string color) => Mix(color, 0, 0.25);

    private static string Mix(string color, int toward, double amount)
    {
        var (r, g, b) = DiagramStyle.Rgb(color);
        int M(int c) => (int)Math.Round(c + (toward - c) * amount);
        return $"#{M(r):X2}{M(g):X2}{M(b):X2}";
    }
}
