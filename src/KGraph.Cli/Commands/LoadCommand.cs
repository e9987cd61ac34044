using System.CommandLine;
using System.Text.Json;
using KGraph.Cli.Database;
using KGraph.Cli.Inputs;
using KGraph.Cli.Output;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;
using KGraph.Store;
using Spectre.Console;

namespace KGraph.Cli.Commands;

/// <summary>
/// <c>kgraph load [paths...]</c>: put the resolved graph into Neo4j over the Query API,
/// idempotently. Connection settings come from NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
/// NEO4J_DATABASE, overridable by options; the password is read from the environment or
/// stdin, never from an option value, and never printed.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var paths = new DataPathsInput();
        var schema = CommonOptions.Schema();
        var json = CommonOptions.Json();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = $"Rows per request (default: {Neo4jLoadPlan.DefaultBatchSize})",
            DefaultValueFactory = _ => Neo4jLoadPlan.DefaultBatchSize
        };
        var prune = new Option<bool>("--prune")
        {
            Description = "Delete KGraph's own nodes and relationships that are no longer in the data (never anything else)"
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the statements and row counts without connecting" };
        var connection = new Neo4jConnectionOptions();
        var command = new Command("load", "Load the graph into Neo4j over its HTTP Query API (idempotent; --prune removes facts no longer in the data)")
        {
            paths.Paths, paths.Data, schema, batchSize, prune, dryRun, json,
        };
        connection.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var io = CliOutput.From(result);
            if (result.GetValue(batchSize) < 1) throw new UsageException("--batch-size must be at least 1");
            connection.Check(result);

            var load = DataLoading.Load(paths.Get(result), result.GetValue(schema));
            io.Report(load.Diagnostics);
            if (load.HasErrors)
            {
                io.Fail($"{load.Errors.Count()} errors; nothing loaded");
                return ExitCodes.InvalidData;
            }
            var plan = Neo4jLoadPlan.For(load.Graph, load.Vocabulary);
            if (result.GetValue(dryRun))
            {
                if (io.Json) io.Answer(DryRunJson.For(plan, result.GetValue(batchSize), result.GetValue(prune)));
                else io.Out.Write(plan.Describe(result.GetValue(batchSize), result.GetValue(prune)));
                return ExitCodes.Ok;
            }

            var run = new Neo4jLoading.Neo4jRun(connection.Connection(result), result.GetValue(batchSize), result.GetValue(prune));
            return await Neo4jLoading.LoadAsync(plan, run, io, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>What <c>load --dry-run --json</c> answers: the statements with their row and batch counts.</summary>
    private sealed record DryRunJson(int BatchSize, IReadOnlyList<string> Constraints, IReadOnlyList<DryRunStep> Steps, IReadOnlyList<string> Prune)
    {
        public static DryRunJson For(Neo4jLoadPlan plan, int batchSize, bool prune) => new(
            batchSize,
            plan.Constraints,
            [.. plan.Steps.Select(s => new DryRunStep(s.Name, s.RowCount, s.BatchCount(batchSize), s.Statement))],
            prune ? [.. plan.PruneRequests().Select(r => r.Statement)] : []);
    }

    private sealed record DryRunStep(string Name, int Rows, int Batches, string Statement);
}
