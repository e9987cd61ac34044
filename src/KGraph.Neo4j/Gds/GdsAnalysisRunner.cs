using System.Globalization;
using System.Text.Json;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Gds;

/// <summary>
/// Runs a <see cref="GdsAnalysisPlan"/> over the Query API. The projections are dropped at the
/// end whatever happened: after a failure the drop is still sent (its own failure then only
/// warned about, so the first error is the one reported), and on success a failed drop is an
/// error, because the projection would hold server memory until the next restart.
/// </summary>
public sealed class GdsAnalysisRunner(Neo4jQueryApiClient client, Action<string>? warn = null)
{
    private const string UnknownProcedure = "Neo.ClientError.Procedure.ProcedureNotFound";

    public async Task<GdsScores> RunAsync(GdsAnalysisPlan plan, CancellationToken cancellationToken = default)
    {
        var version = await VersionAsync(plan, cancellationToken).ConfigureAwait(false);
        if (plan.EntityIds.Count == 0) return new GdsScores(version, [], 0, true, [], [], [], 0, 0);
        var completed = false;
        try
        {
            var scores = await ComputeAsync(plan, version, cancellationToken).ConfigureAwait(false);
            completed = true;
            return scores;
        }
        finally
        {
            // Not cancellable: a run stopped with Ctrl-C must still free the server's memory.
            await DropAsync(plan, throwOnFailure: completed).ConfigureAwait(false);
        }
    }

    /// <summary>Stores the report's scores on the entities (<c>--write</c>), in batches. Rows: {id, pagerank, betweenness, component, community}.</summary>
    public async Task<QueryCounters> WriteScoresAsync(IReadOnlyList<PropertyMap> rows, int batchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var counters = QueryCounters.None;
        foreach (var batch in rows.Chunk(batchSize))
        {
            var parameters = new Dictionary<string, object?> { [GraphStatements.RowsParameter] = batch };
            counters += (await client.RunAsync(new QueryRequest(GdsStatements.WriteScores(), parameters), cancellationToken).ConfigureAwait(false)).Counters;
        }
        return counters;
    }

    private async Task<string> VersionAsync(GdsAnalysisPlan plan, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.RunAsync(plan.Version.ToRequest(), cancellationToken).ConfigureAwait(false);
            return client.Clean(Single(result, "version").GetString()) ?? "(version not reported)";
        }
        catch (Neo4jException e) when (IsGdsMissing(e))
        {
            throw new Neo4jException(
                $"Graph Data Science is not installed on {client.Where} (gds.version() is unknown there): install the GDS plugin " +
                "(Docker: -e NEO4J_PLUGINS='[\"graph-data-science\"]'), or analyse locally: kgraph analyze without --engine neo4j",
                e.Code, e.HttpStatus, inner: e);
        }
    }

    /// <summary>Neo4j's answer to a GDS function or procedure it does not know.</summary>
    public static bool IsGdsMissing(Neo4jException e) =>
        e.Code == UnknownProcedure ||
        e.Code == "Neo.ClientError.Statement.SyntaxError" && e.Message.Contains("Unknown function 'gds.", StringComparison.Ordinal);

    private async Task<GdsScores> ComputeAsync(GdsAnalysisPlan plan, string version, CancellationToken cancellationToken)
    {
        async Task<Http.QueryResult> Run(GdsStep step) => await client.RunAsync(step.ToRequest(), cancellationToken).ConfigureAwait(false);

        var arcs = await Run(plan.ProjectArcs).ConfigureAwait(false);
        RequireSameGraph(plan, Single(arcs, "nodes").GetInt64(), Single(arcs, "arcs").GetInt64(), plan.ArcCount, "arcs");
        var pairs = await Run(plan.ProjectPairs).ConfigureAwait(false);
        RequireSameGraph(plan, Single(pairs, "nodes").GetInt64(), Single(pairs, "relationships").GetInt64(), plan.RelationshipCount, "relationships");

        var pageRank = await Run(plan.PageRank).ConfigureAwait(false);
        await Run(plan.Betweenness).ConfigureAwait(false);
        await Run(plan.Components).ConfigureAwait(false);
        var louvain = await Run(plan.Communities).ConfigureAwait(false);

        var n = plan.EntityIds.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++) index[plan.EntityIds[i]] = i;
        var scores = new double[n];
        var betweenness = new double[n];
        var component = new long[n];
        var community = new long[n];
        var seen = new HashSet<(int, string)>();
        foreach (var result in new[] { await Run(plan.StreamArcs).ConfigureAwait(false), await Run(plan.StreamPairs).ConfigureAwait(false) })
        {
            var (idColumn, propertyColumn, valueColumn) = (Column(result, "id"), Column(result, "property"), Column(result, "value"));
            foreach (var row in result.Values)
            {
                var id = row[idColumn].GetString() ?? "";
                if (!index.TryGetValue(id, out var v)) throw Unexpected($"scores for '{client.Clean(id)}', which is not among the entities analysed");
                var property = row[propertyColumn].GetString() ?? "";
                var value = row[valueColumn];
                switch (property)
                {
                    case GdsStatements.PageRankProperty: scores[v] = value.GetDouble(); break;
                    case GdsStatements.BetweennessProperty:
                        betweenness[v] = GdsBetweenness.ToShareOfPairs(value.GetDouble(), n,
                        plan.Settings.SamplingSize); break;
                    case GdsStatements.ComponentProperty: component[v] = value.GetInt64(); break;
                    case GdsStatements.CommunityProperty: community[v] = value.GetInt64(); break;
                    default: throw Unexpected($"a score named '{client.Clean(property)}'");
                }
                seen.Add((v, property));
            }
        }
        if (seen.Count != 4 * n) throw Unexpected($"{seen.Count} of the {4 * n} scores (4 for each of {n} entities)");

        return new GdsScores(version, scores,
            (int)Single(pageRank, "ranIterations").GetInt64(), Single(pageRank, "didConverge").GetBoolean(),
            betweenness, component, community,
            Single(louvain, "modularity").GetDouble(), (int)Single(louvain, "ranLevels").GetInt64());
    }

    private void RequireSameGraph(GdsAnalysisPlan plan, long nodes, long edges, int expectedEdges, string what)
    {
        if (nodes == plan.EntityIds.Count && edges == expectedEdges) return;
        throw new Neo4jException(
            $"{client.Where} does not hold the graph being analysed: it has {nodes} of its {plan.EntityIds.Count} entities and {edges} of its " +
            $"{expectedEdges} {what}; " +
            "load the same data first (kgraph load)");
    }

    private async Task DropAsync(GdsAnalysisPlan plan, bool throwOnFailure)
    {
        Neo4jException? failed = null;
        foreach (var drop in plan.Drops)
        {
            try
            {
                await client.RunAsync(drop.ToRequest(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Neo4jException e)
            {
                var name = (string)drop.Parameters[GdsStatements.GraphParameter]!;
                var message = $"could not drop the projection '{name}' ({e.Message}); drop it with CALL gds.graph.drop('{name}')";
                if (throwOnFailure) failed ??= new Neo4jException(message, e.Code, e.HttpStatus, inner: e);
                else warn?.Invoke(message);
            }
        }
        if (failed is not null) throw failed;
    }

    private Neo4jException Unexpected(string what) => new($"{client.Where} sent {what}");

    private JsonElement Single(Http.QueryResult result, string field)
    {
        if (result.Values.Count != 1) throw Unexpected($"{result.Values.Count} rows where one with '{field}' was expected");
        return result.Values[0][Column(result, field)];
    }

    private int Column(Http.QueryResult result, string field)
    {
        for (var i = 0; i < result.Fields.Count; i++)
            if (result.Fields[i] == field) return i;
        throw Unexpected($"no '{field}' column (columns: {string.Join(", ", result.Fields.Select(f => client.Clean(f)))})");
    }
}
