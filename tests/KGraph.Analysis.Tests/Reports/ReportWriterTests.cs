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
    public void TheMarkdownReportOfTheSampleGraphIsExactlyTheExpectedOne()
    {
        Assert.Equal(Expected("analysis.md"), MarkdownReportWriter.Write(Report));
    }

    [Fact]
    public void TheJsonReportOfTheSampleGraphIsExactlyTheExpectedOne()
    {
        Assert.Equal(Expected("analysis.json"), JsonReportWriter.Write(Report));
    }

    [Fact]
    public void TheJsonGivesEveryEntityEveryMeasure()
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
    public void HostileNamesCannotBreakTheMarkdown()
    {
        var hostile = new KnowledgeGraph([], [Some.Person("x", "a|b </script>\n# `x` *y* [z](u)")], []);
        var markdown = MarkdownReportWriter.Write(GraphAnalyzer.Analyze(hostile, SampleGraph.Vocabulary));

        Assert.Contains("a\\|b &lt;/script&gt; \\# \\`x\\` \\*y\\* \\[z\\](u)", markdown);
        Assert.DoesNotContain("</script>", markdown);
    }

    [Fact]
    public void AnEmptyGraphGivesAReportThatSaysSo()
    {
        var report = GraphAnalyzer.Analyze(KnowledgeGraph.Empty, SampleGraph.Vocabulary);
        var markdown = MarkdownReportWriter.Write(report);

        Assert.Contains("- Entities: 0; relationships analysed: 0", markdown);
        Assert.Contains("No entity scores above zero.", markdown);
        Assert.Contains("Weakly connected: 0 (0 with two or more entities, 0 single entities).", markdown);
        Assert.Contains("\"entities\": []", JsonReportWriter.Write(report));
    }

    [Fact]
    public void ReportFilesAreWrittenIntoTheFolder()
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
