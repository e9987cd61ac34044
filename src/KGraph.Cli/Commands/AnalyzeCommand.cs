using System.CommandLine;
using KGraph.Analysis;
using KGraph.Analysis.Reports;

namespace KGraph.Cli.Commands;

/// <summary><c>kgraph analyze [paths...]</c>: centrality, components, communities and brokers → analysis.md and analysis.json.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var paths = new DataPathsInput();
        var top = new Option<int>("--top") { Description = "Entities listed per measure (default 10)", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out") { Description = "Folder for analysis.md and analysis.json (default: output/)", DefaultValueFactory = _ => "output" }.NotIntoCurated();
        var json = CommonOptions.Json();
        var input = new AnalysisInput();
        var command = new Command("analyze", "Rank entities (PageRank, betweenness, degree), find components, communities and brokers; write analysis.md and analysis.json") { paths.Paths, paths.Data, top, output, json };
        input.AddTo(command);
        command.SetAction(result =>
        {
            var io = CliOutput.From(result);
            var n = result.GetValue(top);
            if (n < 1) throw new UsageException($"--top must be at least 1 (got {n})");
            if (input.Load(result, paths.Get(result), io) is not (var load, var filter)) return ExitCodes.InvalidData;

            var report = GraphAnalyzer.Analyze(load.Graph, load.Vocabulary, AnalysisOptions.Default with { Filter = filter, Top = n });
            var written = ReportFiles.Write(report, result.GetValue(output)!);
            if (io.Json) io.Answer(System.Text.Json.JsonDocument.Parse(JsonReportWriter.Write(report)).RootElement);
            // A person at a terminal sees the answer; a redirected stdout stays empty, as scripts expect.
            else if (io.OutIsTerminal) AnalysisSummary.Print(report, io.Out);
            io.Error.WriteLine($"analysed {report.View.Entities.Count} entities, {report.View.Relationships.Count} relationships ({filter.Describe()}) → {string.Join(", ", written)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
