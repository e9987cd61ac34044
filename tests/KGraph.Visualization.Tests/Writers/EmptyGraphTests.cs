using System.Xml.Linq;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

public class EmptyGraphTests
{
    [Fact]
    public void Every_format_writes_a_valid_empty_diagram_for_an_empty_graph()
    {
        var diagram = Draw.Whole(Model.KnowledgeGraph.Empty);

        var svg = new SvgDiagramWriter().Write(diagram);
        Assert.Contains("No entities match this selection.", svg);
        XDocument.Parse(svg);
        XDocument.Parse(new GraphMlWriter().Write(diagram));
        XDocument.Parse(new GexfWriter().Write(diagram));
        Assert.Equal("digraph kgraph {\n", new DotWriter().Write(diagram)[..17]);
        Assert.Equal("---\ntitle: 'Knowledge graph'\n---\nflowchart LR\n", new MermaidWriter().Write(diagram));
        Assert.Contains("\"nodes\":[]", HtmlDiagramWriter.GraphJson(diagram));
    }
}

public class VisualizationSiteTests
{
    [Fact]
    public void The_build_stage_writes_the_svg_the_page_and_a_readme_embedding_the_mermaid_diagram()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kgraph-site-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var files = VisualizationSite.Write(Some.AiGraph(), Some.Vocabulary, dir);

            Assert.Equal(["graph.svg", "graph.html", "graph.mmd", "README.md"], files.Select(Path.GetFileName));
            var readme = File.ReadAllText(Path.Combine(dir, "README.md"));
            Assert.Contains("![Relationship diagram](graph.svg)", readme);
            Assert.Contains("```mermaid\n---\ntitle: 'Knowledge graph'\n---\nflowchart LR\n", readme);
            Assert.EndsWith("\n```\n", readme);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
