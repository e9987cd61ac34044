using System.CommandLine;
using KGraph.Analysis;
using KGraph.Analysis.Reports;
using KGraph.Analysis.Views;
using KGraph.Cli.Database;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.Neo4j.Gds;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph analyze [paths...]</c>: centrality, components, communities and brokers → analysis.md
/// and analysis.json, computed here (QuikGraph and our arrays) or, with <c>--engine neo4j</c>, by
/// Neo4j Graph Data Science on the loaded graph.
/// </summary>
public static class AnalyzeCommand
{
    private const string Local = "local";
    private const string Neo4j = "neo4j";

    public static Command Create()
    {
        var paths = new DataPathsInput();
        var top = new Option<int>("--top") { Description = "Entities listed per measure (default 10)", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out")
        {
            Description = "Folder for analysis.md and analysis.json (default: output/)",
            DefaultValueFactory = _ => "output"
        }.NotIntoCurated();
        var json = CommonOptions.Json();
        var engine = new Option<string>("--engine")
        {
            Description = "Where PageRank, betweenness, components and communities are computed: " +
                "local (default) or neo4j (Graph Data Science, on the loaded graph)",
            DefaultValueFactory = _ => Local
        };
        engine.AcceptOnlyFromAmong(Local, Neo4j);
        var write = new Option<bool>("--write")
        {
            Description = "With --engine neo4j: also store the scores on the entities (kgraph_pagerank, kgraph_betweenness, kgraph_component, kgraph_community)"
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --engine neo4j: print the Cypher without connecting" };
        var input = new AnalysisInput();
        var connection = new Neo4jConnectionOptions();
        var command = new Command("analyze",
            "Rank entities (PageRank, betweenness, degree), find components, communities and brokers; write analysis.md and analysis.json")
        {
            paths.Paths, paths.Data, top, output, json, engine, write, dryRun,
        };
        input.AddTo(command);
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var io = CliOutput.From(result);
            var n = result.GetValue(top);
            if (n < 1) throw new UsageException($"--top must be at least 1 (got {n})");
            var inDatabase = result.GetValue(engine) == Neo4j;
            if (!inDatabase && (result.GetValue(write) || result.GetValue(dryRun)))
                throw new UsageException($"{(result.GetValue(write) ? "--write" : "--dry-run")} goes with --engine neo4j");
            if (inDatabase) connection.Check(result);
            if (input.Load(result, paths.Get(result), io) is not (var load, var filter)) return ExitCodes.InvalidData;

            var options = AnalysisOptions.Default with { Filter = filter, Top = n };
            AnalysisReport report;
            if (!inDatabase)
            {
                report = GraphAnalyzer.Analyze(load.Graph, load.Vocabulary, options);
            }
            else
            {
                var view = GraphView.Build(load.Graph, load.Vocabulary, filter);
                var plan = DatabaseAnalysis.Plan(view, options, ProjectionName.New(DateTimeOffset.UtcNow));
                if (result.GetValue(dryRun))
                {
                    if (io.Json) io.Answer(DryRunJson.For(plan, result.GetValue(write)));
                    else io.Out.Write(plan.Describe(result.GetValue(write)));
                    return ExitCodes.Ok;
                }
                var analysed = await InDatabaseAsync(plan, view, options, connection.Connection(result), result.GetValue(write), io,
                    cancellationToken).ConfigureAwait(false);
                if (analysed is null) return ExitCodes.Failure;
                report = analysed;
            }

            var written = ReportFiles.Write(report, result.GetValue(output)!);
            if (io.Json) io.Answer(System.Text.Json.JsonDocument.Parse(JsonReportWriter.Write(report)).RootElement);
            // A person at a terminal sees the answer; a redirected stdout stays empty, as scripts expect.
            else if (io.OutIsTerminal) AnalysisSummary.Print(report, io.Out);
            var where = report.ComputedBy is { } engineName ? $" in {engineName}" : "";
            io.Error.WriteLine($"analysed {report.View.Entities.Count} entities, " +
                $"{report.View.Relationships.Count} relationships ({filter.Describe()}){where} → {string.Join(", ", written)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Runs the plan (projections dropped whatever happens) and, with --write, stores the scores; null after printing why it failed.</summary>
    private static async Task<AnalysisReport?> InDatabaseAsync(GdsAnalysisPlan plan, GraphView view, AnalysisOptions options, Neo4jConnection connection,
        bool write, CliOutput io, CancellationToken cancellationToken)
    {
        using var http = Neo4jQueryApiClient.CreateHttpClient();
        var client = connection.Client(http, io);
        var runner = new GdsAnalysisRunner(client, warning => io.Error.WriteLine($"kgraph: warning: {warning}"));
        try
        {
            var server = await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            io.Error.WriteLine($"kgraph: analysing in {server?.ToString() ?? "Neo4j"} at {connection.Settings}");
            var report = await DatabaseAnalysis.RunAsync(runner, plan, view, options, cancellationToken).ConfigureAwait(false);
            if (write)
            {
                var counters = await runner.WriteScoresAsync(DatabaseAnalysis.ScoreRows(report), Neo4jLoadPlan.DefaultBatchSize,
                    cancellationToken).ConfigureAwait(false);
                io.Error.WriteLine($"kgraph: stored the scores on {report.Entities.Count} entities (properties set {counters.PropertiesSet})");
            }
            return report;
        }
        catch (Neo4jException e)
        {
            io.Fail(e.Message);
            return null;
        }
    }

    /// <summary>What <c>analyze --engine neo4j --dry-run --json</c> answers.</summary>
    private sealed record DryRunJson(int Entities, int Relationships, IReadOnlyList<DryRunStatement> Statements)
    {
        public static DryRunJson For(GdsAnalysisPlan plan, bool write) => new(
            plan.EntityIds.Count,
            plan.RelationshipCount,
            [
                .. plan.Steps.Concat(plan.Drops).Select(s => new DryRunStatement(s.Name, s.Statement, [.. s.Parameters.Keys])),
                .. write ? [new DryRunStatement("--write: the report's scores onto the entities", GdsStatements.WriteScores(),
                    ["rows"])] : Array.Empty<DryRunStatement>(),
            ]);
    }

    private sealed record DryRunStatement(string Name, string Statement, IReadOnlyList<string> Parameters);
}
