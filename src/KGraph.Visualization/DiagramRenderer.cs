using KGraph.Model;
using KGraph.Store;
using KGraph.Visualization.Layout;
using KGraph.Visualization.Selection;
using KGraph.Visualization.Writers;
using KGraph.Vocabulary;

namespace KGraph.Visualization;

/// <summary>Selection → layout → one file per format: the whole of <c>kgraph diagram</c> without the command line.</summary>
public static class DiagramRenderer
{
    public static DiagramResult Render(KnowledgeGraph graph, GraphVocabulary vocabulary, DiagramRequest request)
    {
        var writers = new List<IDiagramWriter>();
        foreach (var format in request.Formats)
        {
            var writer = DiagramWriters.For(format, request.TrimMermaid);
            if (writer is null) return Failed($"unknown format '{format}' (use {string.Join(", ", DiagramWriters.Formats)} or all)");
            writers.Add(writer);
        }
        var engine = LayoutEngines.For(request.Engine);
        if (engine is null) return Failed($"unknown layout engine '{request.Engine}' (use {string.Join(", ", LayoutEngines.Names)})");

        var selected = GraphSelector.Select(graph, vocabulary, request.Selection);
        if (selected.Graph is not { } diagramGraph) return Failed(selected.Error!);

        // Mermaid alone ignores positions: skip the layout, which matters for huge graphs.
        var needsLayout = writers.Exists(w => w is not MermaidWriter);
        var layout = needsLayout ? engine.Arrange(diagramGraph) : Unplaced(diagramGraph.Nodes.Count);
        var diagram = new Diagram(diagramGraph, layout);

        var files = new List<string>();
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var writer in writers)
        {
            try
            {
                var path = Path.Combine(request.OutputDirectory, diagramGraph.FileStem + writer.Extension);
                AtomicFile.WriteAllText(path, writer.Write(diagram));
                files.Add(path);
            }
            catch (DiagramTooLargeException e) when (writer is MermaidWriter && request.SkipMermaidWhenTooLarge)
            {
                warnings.Add($"Mermaid skipped: {e.Message}");
            }
            catch (DiagramTooLargeException e)
            {
                errors.Add(e.Message);
            }
        }
        return new DiagramResult(files, errors, diagramGraph.Nodes.Count, diagramGraph.Edges.Count) { Warnings = warnings };
    }

    private static DiagramResult Failed(string error) => new([], [error], 0, 0);

    private static GraphLayout Unplaced(int n) => new(new double[n], new double[n], new double[n], new double[n]);
}
