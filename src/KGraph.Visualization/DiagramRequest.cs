using KGraph.Visualization.Selection;

namespace KGraph.Visualization;

/// <summary>Everything <c>kgraph diagram</c> asks for: what to draw, how to lay it out, which formats, where.</summary>
public sealed record DiagramRequest
{
    public DiagramSelection Selection { get; init; } = DiagramSelection.Whole;
    public IReadOnlyList<string> Formats { get; init; } = ["svg", "html", "dot", "mermaid", "graphml", "gexf"];
    public string OutputDirectory { get; init; } = "output";
    /// <summary>force (built in, default), dot, sfdp or neato.</summary>
    public string? Engine { get; init; }
    /// <summary>Trim Mermaid output to GitHub's limits instead of refusing.</summary>
    public bool TrimMermaid { get; init; }
    /// <summary>
    /// A diagram too large for Mermaid skips that format with a warning instead of failing: for
    /// <c>--format all</c>, where Mermaid was not asked for by name and every other file is written.
    /// </summary>
    public bool SkipMermaidWhenTooLarge { get; init; }
}
