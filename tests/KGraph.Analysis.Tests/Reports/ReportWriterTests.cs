using System.Text.Json;
using KGraph.Analysis.Reports;
using KGraph.Model;

namespace KGraph.Analysis.Tests.Reports;

public class ReportWriterTests
{
    private static readonly AnalysisReport Report = GraphAnalyzer.Analyze(SampleGraph.Graph, SampleGraph.Vocabulary, AnalysisOptions.Default with { Top = 3 });

    private static string Expected(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reports", "Expected", name));

    [Fact]
    public void The_Markdown_report_of_the_sample_graph_is_exactly_the_expected_one()
    {
        Assert.Equal(Expected("analysis.md"), MarkdownReportWriter.Write(Report));
    }

    [Fact]
    public void The_JSON_report_of_the_sample_graph_is_exactly_the_expected_one()
    {
        Assert.Equal(Expected("analysis.json"), JsonReportWriter.Write(Report));
    }

    [Fact]
    public void The_JSON_gives_every_entity_every_measure()
    {
        using var json = JsonDocument.Parse(JsonReportWriter.Write(Report));
        var entities = json.RootElement.GetProperty("entities");
        var elon = entities.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "elon-musk");

        Assert.Equal(8, entities.GetArrayLength());
        Assert.Equal(Report.PageRank.Scores[2], elon.GetProperty("pagerank").GetDouble());
        Assert.Equal(14.0 / 21, elon.GetProperty("betweenness").GetDouble(), 1e-12);
        Assert.Equal(4, elon.GetProperty("degree").GetInt32());
        Assert.Equal(0, elon.GetProperty("inDegree").GetInt32());
    }

    [Fact]
    public void Hostile_names_cannot_break_the_Markdown()
    {
        var hostile = new KnowledgeGraph([], [Some.Person("x", "a|b </script>\n# `x` *y* [z](u)")], []);
        var markdown = MarkdownReportWriter.Write(GraphAnalyzer.Analyze(hostile, SampleGraph.Vocabulary));

        Assert.Contains("a\\|b &lt;/script&gt; \\# \\`x\\` \\*y\\* \\[z\\](u)", markdown);
        Assert.DoesNotContain("</script>", markdown);
    }

    [Fact]
    public void An_empty_graph_gives_a_report_that_says_so()
    {
        var report = GraphAnalyzer.Analyze(KnowledgeGraph.Empty, SampleGraph.Vocabulary);
        var markdown = MarkdownReportWriter.Write(report);

        Assert.Contains("- Entities: 0; relationships analysed: 0", markdown);
        Assert.Contains("No entity scores above zero.", markdown);
        Assert.Contains("Weakly connected: 0 (0 with two or more entities, 0 single entities).", markdown);
        Assert.Contains("\"entities\": []", JsonReportWriter.Write(report));
    }

    [Fact]
    public void Report_files_are_written_into_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kgraph-analysis-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = ReportFiles.Write(Report, folder);

            Assert.Equal([Path.Combine(folder, "analysis.md"), Path.Combine(folder, "analysis.json")], written);
            Assert.Equal(Expected("analysis.json"), File.ReadAllText(written[1]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
