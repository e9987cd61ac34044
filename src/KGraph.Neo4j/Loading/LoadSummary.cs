using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Loading;

/// <summary>Counters per step and in total, as Neo4j reported them.</summary>
public sealed record LoadSummary(IReadOnlyList<StepSummary> Steps, TimeSpan Elapsed)
{
    public QueryCounters Total => Steps.Aggregate(QueryCounters.None, (sum, s) => sum + s.Counters);
}

public sealed record StepSummary(string Name, int Rows, int Requests, QueryCounters Counters);
