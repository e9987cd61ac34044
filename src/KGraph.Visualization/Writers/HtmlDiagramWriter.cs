using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KGraph.Model;
using KGraph.Visualization.Html;
using static KGraph.Visualization.Writers.XmlOutput;

namespace KGraph.Visualization.Writers;

/// <summary>
/// One self-contained HTML page (no network, no other files) for exploring the diagram: pan,
/// zoom, search by any name or alias, hover to highlight neighbours, click for evidence,
/// filters by relationship type, time window and confidence. The graph travels as JSON in a
/// <c>script type="application/json"</c> block with every <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// U+2028 and U+2029 escaped, so no name or quote can close the block or run as script.
/// </summary>
public sealed class HtmlDiagramWriter : IDiagramWriter
{
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // CJK stays readable in the file; the escapes that matter are forced in SafeJson.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public string Format => "html";
    public string Extension => ".html";

    public string Write(Diagram diagram) => PageTemplate.Fill(PageTemplate.Page, new Dictionary<string, string>
    {
        ["TITLE"] = WebUtility.HtmlEncode(DiagramStyle.OneLine(diagram.Graph.Title)),
        ["STYLE"] = PageTemplate.Style,
        ["DATA"] = SafeJson(GraphJson(diagram)),
        ["SCRIPT"] = PageTemplate.Script,
    });

    /// <summary>JSON that is also inert inside an HTML script element.</summary>
    internal static string SafeJson(string json) => json
        .Replace("<", "\\u003C", StringComparison.Ordinal)
        .Replace(">", "\\u003E", StringComparison.Ordinal)
        .Replace("&", "\\u0026", StringComparison.Ordinal)
        .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
        .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    internal static string GraphJson(Diagram diagram)
    {
        var (graph, layout) = (diagram.Graph, diagram.Layout);
        var degrees = graph.Degrees();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("title", Clean(graph.Title));
            json.WriteString("summary", SvgDiagramWriter.Summary(graph));

            json.WriteStartArray("entityTypes");
            foreach (var group in graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var color = DiagramStyle.NodeColor(graph.Vocabulary, group.Key);
                json.WriteStartObject();
                json.WriteString("name", group.Key);
                json.WriteString("color", color);
                json.WriteString("fill", SvgDiagramWriter.Tint(color));
                json.WriteNumber("count", group.Count());
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("relationshipTypes");
            foreach (var type in graph.Edges.Select(e => e.Relationship.Type).Distinct().Order(StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", type);
                json.WriteString("color", DiagramStyle.EdgeColor(graph.Vocabulary, type));
                json.WriteBoolean("symmetric", graph.Vocabulary.IsSymmetric(type));
                json.WriteString("description", graph.Vocabulary.RelationshipType(type)?.Description ?? "");
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("nodes");
            for (var i = 0; i < graph.Nodes.Count; i++)
            {
                var entity = graph.Nodes[i];
                var color = DiagramStyle.NodeColor(graph.Vocabulary, entity.Type);
                var name = DiagramStyle.OneLine(entity.Name);
                json.WriteStartObject();
                json.WriteString("id", Clean(entity.Id));
                json.WriteString("name", Clean(name));
                json.WriteString("type", entity.Type);
                if (entity.Kind is not null) json.WriteString("kind", Clean(entity.Kind));
                json.WriteStartArray("otherNames");
                foreach (var other in entity.AllNames().Skip(1).Select(DiagramStyle.OneLine).Where(n => n.Length > 0
                    && n != name).Distinct()) json.WriteStringValue(Clean(other));
                json.WriteEndArray();
                json.WriteNumber("x", Math.Round(layout.X[i], 1));
                json.WriteNumber("y", Math.Round(layout.Y[i], 1));
                json.WriteNumber("degree", degrees[i]);
                json.WriteString("color", color);
                json.WriteString("fill", SvgDiagramWriter.Tint(color));
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("edges");
            foreach (var edge in graph.Edges) WriteEdge(json, graph, edge);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteEdge(Utf8JsonWriter json, DiagramGraph graph, DiagramEdge edge)
    {
        var r = edge.Relationship;
        json.WriteStartObject();
        json.WriteString("id", Clean(r.Id));
        json.WriteNumber("source", edge.From);
        json.WriteNumber("target", edge.To);
        json.WriteString("type", r.Type);
        json.WriteString("color", DiagramStyle.EdgeColor(graph.Vocabulary, r.Type));
        json.WriteBoolean("symmetric", edge.Symmetric);
        if (r.Role is not null) json.WriteString("role", Clean(DiagramStyle.OneLine(r.Role)));
        if (r.Start is { } start) json.WriteString("start", start.ToString());
        if (r.End is { } end) json.WriteString("end", end.ToString());
        if (r.Confidence is { } confidence) json.WriteNumber("confidence", Math.Round(confidence, 4));
        else json.WriteNull("confidence");
        json.WriteString("status", r.Status.ToString());
        json.WriteString("label", Clean(DiagramStyle.EdgeLabel(r)));
        json.WriteString("tooltip", Clean(SvgDiagramWriter.EdgeTooltip(graph, edge)));
        json.WriteStartArray("evidence");
        foreach (var evidence in r.Evidence)
        {
            var document = graph.Source.DocumentsById.GetValueOrDefault(evidence.Doc);
            json.WriteStartObject();
            json.WriteString("quote", Clean(evidence.Quote));
            json.WriteString("doc", Clean(evidence.Doc));
            if (document?.Title is { } title) json.WriteString("title", Clean(DiagramStyle.OneLine(title)));
            if (document?.Url is { } url && IsWebLink(url)) json.WriteString("url", url);
            if (document?.Published is { } published) json.WriteString("published", published.ToString());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Only http and https sources become links; the page checks again before using one.</summary>
    internal static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
