using System.Buffers;
using System.Diagnostics;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Loading;

/// <summary>
/// Runs a <see cref="Neo4jLoadPlan"/> against a server: constraints, then every step in
/// batches of <c>batchSize</c> rows (one request and transaction each), then, if asked, the
/// prune. Each batch is idempotent (MERGE on ids), so a batch retried after a dropped
/// connection cannot duplicate anything. One request is in flight at a time; the next batch is
/// built meanwhile.
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
        var buffers = new[] { new ArrayBufferWriter<byte>(), new ArrayBufferWriter<byte>() };
        foreach (var step in plan.Steps)
        {
            var counters = QueryCounters.None;
            var requests = 0;
            using var batches = step.Batches(batchSize).GetEnumerator();
            // The next batch's rows and body are built on another thread while this one is sent.
            // Still one request in flight: batches reach the server in order and a failed batch
            // stops the load before the next one is sent, as when nothing was overlapped.
            var next = Task.Run(() => Prepare(step, batches, buffers[0]), cancellationToken);
            while (await next.ConfigureAwait(false) is ({ } request, var rows))
            {
                var building = buffers[(requests + 1) % 2];
                next = Task.Run(() => Prepare(step, batches, building), cancellationToken);
                QueryResult result;
                try
                {
                    result = await client.RunAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // This batch's failure is the one reported; the batch being built is never sent.
                    await Task.WhenAny(next).ConfigureAwait(false);
                    _ = next.Exception;
                    throw;
                }
                counters += result.Counters;
                requests++;
                done += rows;
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

    /// <summary>The step's next batch as a request written into <paramref name="buffer"/>, or null after the last.</summary>
    private static (QueryRequest Request, int Rows)? Prepare(LoadStep step, IEnumerator<IReadOnlyList<PropertyMap>> batches, ArrayBufferWriter<byte> buffer)
    {
        if (!batches.MoveNext()) return null;
        var parameters = new Dictionary<string, object?> { [GraphStatements.RowsParameter] = batches.Current };
        return (new QueryRequest(step.Statement, parameters, buffer: buffer), batches.Current.Count);
    }
}
