using KGraph.Cli.Inputs;
using KGraph.Neo4j.Http;
using KGraph.Neo4j.Loading;
using KGraph.Store;
using Spectre.Console;

namespace KGraph.Cli.Database;

/// <summary>Putting a resolved graph into Neo4j over the Query API: what <c>kgraph load</c> runs, and the Neo4j stage of <c>kgraph build</c>.</summary>
internal static class Neo4jLoading
{
    /// <summary>How one load talks to the server, and what it sends.</summary>
    internal sealed record Neo4jRun(Neo4jConnection Connection, int BatchSize, bool Prune);

    /// <summary>
    /// The Neo4j stage of <c>kgraph build</c>: loads <paramref name="load"/>'s graph when
    /// NEO4J_URI is set, and says it skipped (returning Ok) when it is not.
    /// </summary>
    public static Task<int> LoadIfConfiguredAsync(LoadResult load, CliOutput io, CancellationToken cancellationToken = default)
    {
        if (!Neo4jConnectionSettings.InEnvironment)
        {
            io.Error.WriteLine($"neo4j: skipped (set {Neo4jConnectionSettings.UriVariable} to load the graph into Neo4j)");
            return Task.FromResult(ExitCodes.Ok);
        }
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
                ? await WithProgressBarAsync(plan, progress => writer.WriteAsync(plan, run.BatchSize, run.Prune, progress, cancellationToken))
                    .ConfigureAwait(false)
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

    private static void PrintSummary(LoadSummary summary, TextWriter error)
    {
        foreach (var step in summary.Steps)
            error.WriteLine($"  {step.Name}: {step.Rows} rows in {step.Requests} requests; {step.Counters}");
        var total = summary.Total;
        error.WriteLine($"loaded in {summary.Elapsed.TotalSeconds:0.0} s: {total}" + (total.CreatedNothing ? " (nothing new: " +
            "the database already held this graph)" : ""));
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
