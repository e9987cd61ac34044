using System.Diagnostics;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Loading;

/// <summary>
/// Runs a <see cref="Neo4jLoadPlan"/> against a server: constraints, then every step in
/// batches of <c>batchSize</c> rows (one request and transaction each), then, if asked, the
/// prune. Each batch is idempotent (MERGE on ids), so a batch retried after a dropped
/// connection cannot duplicate anything.
/// </summary>
public sealed class Neo4jGraphWriter(Neo4jQueryApiClient client)
{
    public async Task<LoadSummary> WriteAsync(
        Neo4jLoadPlan plan,
        int batchSize = Neo4jLoadPlan.DefaultBatchSize,
        bool prune = false,
        IProgress<LoadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var started = Stopwatch.GetTimestamp();
        var steps = new List<StepSummary>();

        var constraintCounters = QueryCounters.None;
        foreach (var constraint in plan.Constraints)
            constraintCounters += (await client.RunAsync(constraint, cancellationToken: cancellationToken).ConfigureAwait(false)).Counters;
        steps.Add(new StepSummary("constraints", 0, plan.Constraints.Count, constraintCounters));

        long total = plan.Steps.Sum(s => (long)s.RowCount), done = 0;
        foreach (var step in plan.Steps)
        {
            var counters = QueryCounters.None;
            var requests = 0;
            foreach (var batch in step.Batches(batchSize))
            {
                var parameters = new Dictionary<string, object?> { [GraphStatements.RowsParameter] = batch };
                var result = await client.RunAsync(new QueryRequest(step.Statement, parameters), cancellationToken).ConfigureAwait(false);
                counters += result.Counters;
                requests++;
                done += batch.Count;
                progress?.Report(new LoadProgress(step.Name, done, total));
            }
            steps.Add(new StepSummary(step.Name, step.RowCount, requests, counters));
        }

        if (prune)
        {
            var counters = QueryCounters.None;
            var requests = plan.PruneRequests();
            foreach (var request in requests)
                counters += (await client.RunAsync(request, cancellationToken).ConfigureAwait(false)).Counters;
            steps.Add(new StepSummary("prune", 0, requests.Count, counters));
        }
        return new LoadSummary(steps, Stopwatch.GetElapsedTime(started));
    }
}
