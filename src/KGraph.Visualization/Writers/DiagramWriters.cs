namespace KGraph.Visualization.Writers;

/// <summary>The writer for each format name the CLI accepts.</summary>
public static class DiagramWriters
{
    public static IReadOnlyList<string> Formats { get; } = ["svg", "html", "dot", "mermaid", "graphml", "gexf"];

    /// <summary>The writer for <paramref name="format"/>, or null when there is no such format.</summary>
    public static IDiagramWriter? For(string format, bool trimMermaid = false) => format.ToLowerInvariant() switch
    {
        "svg" => new SvgDiagramWriter(),
        "html" => new HtmlDiagramWriter(),
        "dot" => new DotWriter(),
        "mermaid" or "mmd" => new MermaidWriter(trimMermaid),
        "graphml" => new GraphMlWriter(),
        "gexf" => new GexfWriter(),
        _ => null,
    };
}
