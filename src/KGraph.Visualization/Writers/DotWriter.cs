using System.Text;

namespace KGraph.Visualization.Writers;

/// <summary>
/// Graphviz DOT with the same colours, shapes and labels as the SVG, ready for
/// <c>dot -Tsvg</c>, <c>sfdp</c> or <c>neato</c>. Every id and label is a quoted DOT string.
/// </summary>
public sealed class DotWriter : IDiagramWriter
{
    public string Format => "dot";
    public string Extension => ".dot";

    public string Write(Diagram diagram)
    {
        var graph = diagram.Graph;
        var font = Quote(DiagramStyle.GraphvizFont);
        var dot = new StringBuilder();
        dot.Append("digraph kgraph {\n");
        dot.Append($"  graph [label={Quote(graph.Title)}, labelloc=t, fontsize=20, fontname={font}, rankdir=LR, overlap=false, splines=true, pad=0.3, " +
            $"nodesep=0.4, ranksep=0.9];\n");
        dot.Append($"  node [fontname={font}, fontsize=12, style=filled, penwidth=1.5, fontcolor=\"#1B1F24\"];\n");
        dot.Append($"  edge [fontname={font}, fontsize=10, penwidth=1.3];\n");
        foreach (var entity in graph.Nodes)
        {
            var color = DiagramStyle.NodeColor(graph.Vocabulary, entity.Type);
            var (shape, style) = DiagramStyle.Shape(entity.Type) switch
            {
                NodeShape.Ellipse => ("ellipse", "filled"),
                NodeShape.Hexagon => ("hexagon", "filled"),
                NodeShape.Box => ("box", "filled"),
                _ => ("box", "rounded,filled"),
            };
            var label = string.Join("\n", DiagramStyle.NodeLabelLines(entity));
            dot.Append($"  {Quote(entity.Id)} [label={Quote(label)}, shape={shape}, style={Quote(style)}, fillcolor=\"{SvgDiagramWriter.Tint(color)}\", " +
                $"color=\"{color}\", tooltip={Quote(entity.Type)}];\n");
        }
        foreach (var edge in graph.Edges)
        {
            var r = edge.Relationship;
            var color = DiagramStyle.EdgeColor(graph.Vocabulary, r.Type);
            var attributes = $"label={Quote(DiagramStyle.EdgeLabel(r))}, color=\"{color}\", fontcolor=\"{SvgDiagramWriter.Darker(color)}\"";
            if (edge.Symmetric) attributes += ", dir=none";
            if (r.Status == Model.RelationshipStatus.Extracted) attributes += ", style=dashed";
            dot.Append($"  {Quote(r.From)} -> {Quote(r.To)} [{attributes}];\n");
        }
        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>
    /// A DOT double-quoted string. Backslashes are doubled so that names cannot smuggle in
    /// Graphviz escapes (\N, \G, \l); newlines are the only escape we write ourselves.
    /// </summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in XmlOutput.Clean(text))
        {
            switch (c)
            {
                case '\\': quoted.Append("\\\\"); break;
                case '"': quoted.Append("\\\""); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r' or '\t' or '\u2028' or '\u2029': quoted.Append(' '); break;
                default: quoted.Append(c); break;
            }
        }
        return quoted.Append('"').ToString();
    }
}
