using System.Globalization;
using System.Text;

namespace KGraph.Visualization.Writers;

/// <summary>
/// A Mermaid flowchart for Markdown pages. GitHub renders at most <see cref="MaxEdges"/> edges
/// and <see cref="MaxTextLength"/> characters of diagram text; past that the writer refuses
/// with a message, or with <c>trim</c> keeps the relationships between the best-connected
/// entities and says in the diagram what it dropped.
/// </summary>
public sealed class MermaidWriter(bool trim = false) : IDiagramWriter
{
    public const int MaxEdges = 500;
    public const int MaxTextLength = 50_000;

    public string Format => "mermaid";
    public string Extension => ".mmd";

    public string Write(Diagram diagram)
    {
        var graph = diagram.Graph;
        var nodes = Enumerable.Range(0, graph.Nodes.Count).ToList();
        var edges = Enumerable.Range(0, graph.Edges.Count).ToList();
        if (edges.Count > MaxEdges && !trim)
            throw new DiagramTooLargeException(
                $"Mermaid diagrams on GitHub stop at {MaxEdges} edges and this one has {edges.Count:N0}; draw less with --focus, --path, " +
                $"--types or --min-confidence, or pass --trim to keep the {MaxEdges} relationships between the best-connected entities");
        string? note = null;
        if (edges.Count > MaxEdges) (nodes, edges, note) = Trim(graph, MaxEdges);

        var text = Render(graph, nodes, edges, note);
        while (text.Length > MaxTextLength)
        {
            if (!trim)
                throw new DiagramTooLargeException(
                    $"this Mermaid diagram is {text.Length:N0} characters and GitHub renders at most {MaxTextLength:N0}; draw less with --focus, " +
                    $"--path or --types, or pass --trim");
            (nodes, edges, note) = Trim(graph, Math.Max(0, edges.Count * 8 / 10), nodeLimit: nodes.Count * 8 / 10);
            text = Render(graph, nodes, edges, note);
        }
        return text;
    }

    /// <summary>Keeps the relationships whose endpoints have the most relationships, and the entities they touch.</summary>
    private static (List<int> Nodes, List<int> Edges, string Note) Trim(DiagramGraph graph, int edgeLimit, int nodeLimit = int.MaxValue)
    {
        var degrees = graph.Degrees();
        var keptNodes = Enumerable.Range(0, graph.Nodes.Count).OrderByDescending(i => degrees[i]).ThenBy(i => i).Take(nodeLimit).ToHashSet();
        var edges = Enumerable.Range(0, graph.Edges.Count)
            .Where(e => keptNodes.Contains(graph.Edges[e].From) && keptNodes.Contains(graph.Edges[e].To))
            .OrderByDescending(e => degrees[graph.Edges[e].From] + degrees[graph.Edges[e].To]).ThenBy(e => e)
            .Take(edgeLimit).Order().ToList();
        var nodes = edges.SelectMany(e => new[] { graph.Edges[e].From, graph.Edges[e].To }).Distinct().Order().ToList();
        var note = string.Create(CultureInfo.InvariantCulture,
            $"trimmed for GitHub: {edges.Count:N0} of {graph.Edges.Count:N0} relationships and {nodes.Count:N0} of {graph.Nodes.Count:N0} entities shown, " +
            $"the rest dropped");
        return (nodes, edges, note);
    }

    private static string Render(DiagramGraph graph, List<int> nodes, List<int> edges, string? note)
    {
        var text = new StringBuilder();
        var title = note is null ? graph.Title : $"{graph.Title} ({note})";
        // Front matter title in single-quoted YAML, where a quote is written twice; no backticks, which would end a Markdown code fence.
        text.Append("---\ntitle: '").Append(DiagramStyle.OneLine(XmlOutput.Clean(title)).Replace('`', '\'').Replace("'", "''",
            StringComparison.Ordinal)).Append("'\n---\n");
        text.Append("flowchart LR\n");
        if (note is not null) text.Append("  %% ").Append(note).Append('\n');
        foreach (var i in nodes)
        {
            var entity = graph.Nodes[i];
            var label = string.Join("<br/>", DiagramStyle.NodeLabelLines(entity).Select(Escape));
            var (open, close) = DiagramStyle.Shape(entity.Type) switch
            {
                NodeShape.Ellipse => ("([", "])"),
                NodeShape.Hexagon => ("{{", "}}"),
                NodeShape.RoundedBox => ("(", ")"),
                _ => ("[", "]"),
            };
            text.Append($"  n{i}{open}\"{label}\"{close}\n");
        }
        foreach (var e in edges)
        {
            var edge = graph.Edges[e];
            var arrow = edge.Symmetric ? "---" : "-->";
            text.Append($"  n{edge.From} {arrow}|\"{Escape(DiagramStyle.EdgeLabel(edge.Relationship))}\"| n{edge.To}\n");
        }
        var types = nodes.Select(i => graph.Nodes[i].Type).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var (type, k) in types.Select((t, k) => (t, k)))
        {
            var color = DiagramStyle.NodeColor(graph.Vocabulary, type);
            text.Append($"  classDef type{k} fill:{SvgDiagramWriter.Tint(color)},stroke:{color},color:#1B1F24\n");
            text.Append($"  class {string.Join(',', nodes.Where(i => graph.Nodes[i].Type == type).Select(i => $"n{i}"))} type{k}\n");
        }
        for (var k = 0; k < edges.Count; k++)
        {
            var color = DiagramStyle.EdgeColor(graph.Vocabulary, graph.Edges[edges[k]].Relationship.Type);
            text.Append($"  linkStyle {k} stroke:{color}\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// Label text for inside Mermaid's double quotes: quotes become <c>#quot;</c> and every
    /// character Mermaid or Markdown treats specially becomes a numeric entity code
    /// (<c>#60;</c>), so names with quotes, brackets, pipes, HTML or newlines stay text.
    /// Letters, digits and CJK pass through unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var rune in DiagramStyle.OneLine(XmlOutput.Clean(text)).EnumerateRunes())
        {
            if (rune.Value == '"') escaped.Append("#quot;");
            else if (rune.Value < 128 && !char.IsAsciiLetterOrDigit((char)rune.Value) && " -_.,:/+'·".IndexOf((char)rune.Value) < 0)
                escaped.Append('#').Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
            else escaped.Append(rune.ToString());
        }
        return escaped.ToString();
    }
}
