using System.Xml.Linq;
using KGraph.Visualization.Writers;

namespace KGraph.Visualization.Tests.Writers;

public class SvgDiagramWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_whole_graph_draws_every_entity_and_every_relationship_that_is_not_rejected()
    {
        var svg = new SvgDiagramWriter().Write(Draw.Whole(Some.AiGraph()));
        File.WriteAllText(Artifacts.Path("ai-graph.svg"), svg);

        var doc = XDocument.Parse(svg);
        var nodeIds = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => (string?)g.Attribute("data-id")).ToList();
        var edgeIds = doc.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "edge").Select(p => (string?)p.Attribute("data-id")).ToList();
        Assert.Equal(["anthropic", "claude", "dario-amodei", "elon-musk", "grok-1", "ilya-sutskever", "openai", "sam-altman", "xai"], nodeIds);
        Assert.Equal(13, edgeIds.Count);
        Assert.DoesNotContain("elon-musk.met.sam-altman.2015", edgeIds);
    }

    [Fact]
    public void The_drawing_fits_its_window_and_says_how_many_edge_labels_had_no_room()
    {
        var svg = new SvgDiagramWriter().Write(Draw.Whole(Layout.ForceDirectedLayoutTests.BusyHub()));
        File.WriteAllText(Artifacts.Path("busy-hub.svg"), svg);

        var root = XDocument.Parse(svg).Root!;
        Assert.Equal(("100%", "100%"), ((string?)root.Attribute("width"), (string?)root.Attribute("height")));
        Assert.Matches(@"^0 0 \d+(\.\d)? \d+(\.\d)?$", (string?)root.Attribute("viewBox"));
        var labels = root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "edge-label").ToList();
        Assert.Equal(96 - Layout.ForceDirectedLayoutTests.HiddenLabels, labels.Count);
        var subtitle = root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "subtitle").Value;
        Assert.Equal("13 entities · 96 relationships · 8 edge labels only on hover, where there was no room", subtitle);
    }
}
