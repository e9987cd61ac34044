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
        var uri = new Option<string?>("--uri") { Description = "Neo4j address: http(s)://host:port, or neo4j:// / bolt:// (mapped to HTTP) (default: $NEO4J_URI)" };
        var user = new Option<string?>("--user") { Description = "User name (default: $NEO4J_USERNAME, else neo4j)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of stdin (default: $NEO4J_PASSWORD)" };
        var database = new Option<string?>("--database") { Description = "Database (default: $NEO4J_DATABASE, else neo4j)" };
        var batchSize = new Option<int>("--batch-size") { Description = $"Rows per request (default: {Neo4jLoadPlan.DefaultBatchSize})", DefaultValueFactory = _ => Neo4jLoadPlan.DefaultBatchSize };
        var prune = new Option<bool>("--prune") { Description = "Delete KGraph's own nodes and relationships that are no longer in the data (never anything else)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the statements and row counts without connecting" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take before it is retried (default: 120)", DefaultValueFactory = _ => 120 };
        var retries = new Option<int>("--retries") { Description = "Retries of a request after transient failures (default: 5)", DefaultValueFactory = _ => 5 };
        var maxWait = new Option<int>("--max-wait")
        {
            Description = $"Seconds one request may take in all, retries included, before the load gives up (default: {Neo4jRetryPolicy.DefaultMaxTotalWaitSeconds})",
            DefaultValueFactory = _ => Neo4jRetryPolicy.DefaultMaxTotalWaitSeconds,
        };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request and retry to stderr" };
        var command = new Command("load", "Load the graph into Neo4j over its HTTP Query API (idempotent; --prune removes facts no longer in the data)")
        {
            paths.Paths, paths.Data, schema, uri, user, passwordStdin, database, batchSize, prune, dryRun, timeout, retries, maxWait, verbose, json,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var io = CliOutput.From(result);
            if (result.GetValue(batchSize) < 1) throw new UsageException("--batch-size must be at least 1");
            if (result.GetValue(timeout) < 1) throw new UsageException("--timeout must be at least 1 second");
            if (result.GetValue(retries) < 0) throw new UsageException("--retries cannot be negative");
            if (result.GetValue(maxWait) < 1) throw new UsageException("--max-wait must be at least 1 second");

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

            Neo4jConnectionSettings settings;
            try
            {
                settings = Neo4jConnectionSettings.Resolve(Environment.GetEnvironmentVariable,
                    result.GetValue(uri), result.GetValue(user),
                    result.GetValue(passwordStdin) ? Console.In.ReadLine() : null,
                    result.GetValue(database)) with
                { RequestTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)) };
            }
            catch (Neo4jConfigurationException e)
            {
                throw new UsageException(e.Message);
            }
            var retry = new Neo4jRetryPolicy { MaxAttempts = result.GetValue(retries) + 1, MaxTotalWait = TimeSpan.FromSeconds(result.GetValue(maxWait)) };
            var run = new Neo4jRun(settings, result.GetValue(batchSize), result.GetValue(prune), retry, result.GetValue(verbose));
            return await LoadAsync(plan, run, io, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>How one load talks to the server.</summary>
    public sealed record Neo4jRun(Neo4jConnectionSettings Settings, int BatchSize, bool Prune, Neo4jRetryPolicy Retry, bool Verbose);

    /// <summary>
    /// The Neo4j stage of <c>kgraph build</c>: loads <paramref name="load"/>'s graph when
    /// NEO4J_URI is set, and does nothing (returning Ok) when it is not.
    /// </summary>
    public static Task<int> LoadIfConfiguredAsync(LoadResult load, CliOutput io, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Neo4jConnectionSettings.UriVariable))) return Task.FromResult(ExitCodes.Ok);
        var run = new Neo4jRun(Neo4jConnectionSettings.FromEnvironment(), Neo4jLoadPlan.DefaultBatchSize, Prune: false, Neo4jRetryPolicy.Default, Verbose: false);
        return LoadAsync(Neo4jLoadPlan.For(load.Graph, load.Vocabulary), run, io, cancellationToken, answer: false);
    }

    /// <param name="answer">False when the load is one stage of another command (build), whose answer it is not.</param>
    public static async Task<int> LoadAsync(Neo4jLoadPlan plan, Neo4jRun run, CliOutput io, CancellationToken cancellationToken, bool answer = true)
    {
        if (run.Settings.Note is { } note) io.Error.WriteLine($"kgraph: note: {note}");
        using var http = Neo4jQueryApiClient.CreateHttpClient();
        var client = new Neo4jQueryApiClient(http, run.Settings, run.Retry,
            run.Verbose ? line => io.Error.WriteLine($"kgraph: neo4j: {line}") : null);
        try
        {
            var server = await client.ProbeAsync(cancellationToken).ConfigureAwait(false);
            io.Error.WriteLine($"kgraph: loading into {server?.ToString() ?? "Neo4j"} at {run.Settings}");
            var writer = new Neo4jGraphWriter(client);
            var summary = io.Interactive && !run.Verbose
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
