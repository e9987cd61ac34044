using System.CommandLine;
using System.Text.Json;
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
        var batchSize = new Option<int>("--batch-size") { Description = $"Rows per request (default: {Neo4jLoadPlan.DefaultBatchSize})", DefaultValueFactory = _ => Neo4jLoadPlan.DefaultBatchSize };
        var prune = new Option<bool>("--prune") { Description = "Delete KGraph's own nodes and relationships that are no longer in the data (never anything else)" };
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

            var run = new Neo4jRun(connection.Connection(result), result.GetValue(batchSize), result.GetValue(prune));
            return await LoadAsync(plan, run, io, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>How one load talks to the server, and what it sends.</summary>
    public sealed record Neo4jRun(Neo4jConnection Connection, int BatchSize, bool Prune);

    /// <summary>
    /// The Neo4j stage of <c>kgraph build</c>: loads <paramref name="load"/>'s graph when
    /// NEO4J_URI is set, and does nothing (returning Ok) when it is not.
    /// </summary>
    public static Task<int> LoadIfConfiguredAsync(LoadResult load, CliOutput io, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jConnectionSettings.UriVariable))) return Task.FromResult(ExitCodes.Ok);
        var connection = new Neo4jConnection(Neo4jConnectionSettings.FromEnvironment(), Neo4jRetryPolicy.Default, Verbose: false);
        var run = new Neo4jRun(connection, Neo4jLoadPlan.DefaultBatchSize, Prune: false);
        return LoadAsync(Neo4jLoadPlan.For(load.Graph, load.Vocabulary), run, io, cancellationToken, answer: false);
    }

    /// <param name="answer">False when the load is one stage of another command (build), whose answer it is not.</param>
    public static async Task<int> LoadAsync(Neo4jLoadPlan plan, Neo4jRun run, CliOutput io, CancellationToken cancellationToken, bool answer = true)
    {
        using var http = Neo4jQueryApiClient.CreateHttpClient();
        var client = run.Connection.Client(http, io);
        try
        {
            var server = await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            io.Error.WriteLine($"kgraph: loading into {server?.ToString() ?? "Neo4j"} at {run.Connection.Settings}");
            var writer = new Neo4jGraphWriter(client);
            var summary = io.Interactive && !run.Connection.Verbose
                ? await WithProgressBarAsync(plan, progress => writer.WriteAsync(plan, run.BatchSize, run.Prune, progress, cancellationToken)).ConfigureAwait(false)
                : await writer.WriteAsync(plan, run.BatchSize, run.Prune, null, cancellationToken).ConfigureAwait(false);
            if (answer && io.Json) io.Answer(summary);
            else PrintSummary(summary, io.Error);
            return ExitCodes.Ok;
        }
        catch (Neo4jException e)
        {
            io.Fail(e.Message);
            return ExitCodes.Failure;
        }
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

    private static void PrintSummary(LoadSummary summary, TextWriter error)
    {
        foreach (var step in summary.Steps)
            error.WriteLine($"  {step.Name}: {step.Rows} rows in {step.Requests} requests; {step.Counters}");
        var total = summary.Total;
        error.WriteLine($"loaded in {summary.Elapsed.TotalSeconds:0.0} s: {total}" + (total.CreatedNothing ? " (nothing new: the database already held this graph)" : ""));
    }

    private static async Task<LoadSummary> WithProgressBarAsync(Neo4jLoadPlan plan, Func<IProgress<LoadProgress>, Task<LoadSummary>> load)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        LoadSummary? summary = null;
        await console.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("loading", maxValue: Math.Max(1, plan.Steps.Sum(s => s.RowCount)));
            summary = await load(new ProgressBar(task)).ConfigureAwait(false);
            task.Value = task.MaxValue;
        }).ConfigureAwait(false);
        return summary!;
    }

    private sealed class ProgressBar(ProgressTask task) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            task.Description = Markup.Escape(value.Step);
            task.Value = value.RowsDone;
        }
    }
}
