namespace KGraph.Visualization.Writers;

/// <summary>Writes a laid-out diagram in one file format.</summary>
public interface IDiagramWriter
{
    /// <summary>The name used on the command line: svg, html, dot, mermaid, graphml, gexf.</summary>
    string Format { get; }

    /// <summary>File extension including the dot, e.g. <c>.svg</c>.</summary>
    string Extension { get; }

    /// <summary>The file's text; throws <see cref="DiagramTooLargeException"/> when the format cannot hold the diagram.</summary>
    string Write(Diagram diagram);
}
