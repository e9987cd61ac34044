using System.Xml;

namespace KGraph.Visualization.Writers;

/// <summary>The SVG legend: each entity type drawn with its shape and colour, each relationship type with its line, and their counts.</summary>
internal sealed class Legend
{
    private const double Row = 22;
    private const string Svg = "http://www.w3.org/2000/svg";
    private readonly DiagramGraph _graph;
    private readonly List<(string Type, int Count)> _entityTypes;
    private readonly List<(string Type, int Count, bool Symmetric)> _relationshipTypes;

    private Legend(DiagramGraph graph)
    {
        _graph = graph;
        _entityTypes = graph.Nodes.GroupBy(n => n.Type).Select(g => (g.Key, g.Count())).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        _relationshipTypes = graph.Edges.GroupBy(e => e.Relationship.Type)
            .Select(g => (g.Key, g.Count(), g.First().Symmetric)).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
    }

    public static Legend For(DiagramGraph graph) => new(graph);

    private bool HasExtracted => _graph.Edges.Any(e => e.Relationship.Status == Model.RelationshipStatus.Extracted);

    public double Height => 40 + Row * (_entityTypes.Count + _relationshipTypes.Count + (HasExtracted ? 1 : 0)) + 30;

    public void Write(XmlWriter w, double left, double top)
    {
        w.WriteStartElement("g", Svg);
        w.WriteAttributeString("class", "legend");
        SvgDiagramWriter.Rect(w, left - 10, top - 8, 232, Height, "#F6F8FA", "#D0D7DE", radius: 6);
        var y = top + 12;
        SvgDiagramWriter.Text(w, left, y, "Entities", "legend-heading");
        foreach (var (type, count) in _entityTypes)
        {
            y += Row;
            var color = DiagramStyle.NodeColor(_graph.Vocabulary, type);
            SvgDiagramWriter.Shape(w, DiagramStyle.Shape(type), left + 14, y - 4, 13, 8, SvgDiagramWriter.Tint(color), color);
            SvgDiagramWriter.Text(w, left + 36, y, XmlOutput.Clean($"{type} ({count})"), "legend-item");
        }
        y += Row + 8;
        SvgDiagramWriter.Text(w, left, y, "Relationships", "legend-heading");
        foreach (var (type, count, symmetric) in _relationshipTypes)
        {
            y += Row;
            var color = DiagramStyle.EdgeColor(_graph.Vocabulary, type);
            w.WriteStartElement("path", Svg);
            w.WriteAttributeString("d", $"M{XmlOutput.Number(left)},{XmlOutput.Number(y - 4)} L{XmlOutput.Number(left + 28)},{XmlOutput.Number(y - 4)}");
            w.WriteAttributeString("stroke", color);
            w.WriteAttributeString("stroke-width", "2");
            if (!symmetric) w.WriteAttributeString("marker-end", $"url(#{SvgDiagramWriter.MarkerId(type)})");
            w.WriteEndElement();
            SvgDiagramWriter.Text(w, left + 36, y, XmlOutput.Clean($"{type} ({count}){(symmetric ? " ↔" : "")}"), "legend-item");
        }
        if (HasExtracted)
        {
            y += Row;
            w.WriteStartElement("path", Svg);
            w.WriteAttributeString("d", $"M{XmlOutput.Number(left)},{XmlOutput.Number(y - 4)} L{XmlOutput.Number(left + 28)},{XmlOutput.Number(y - 4)}");
            w.WriteAttributeString("stroke", "#5B6470");
            w.WriteAttributeString("stroke-width", "2");
            w.WriteAttributeString("stroke-dasharray", "5 3");
            w.WriteEndElement();
            SvgDiagramWriter.Text(w, left + 36, y, "extracted, not yet reviewed", "legend-item");
        }
        w.WriteEndElement();
    }
}
