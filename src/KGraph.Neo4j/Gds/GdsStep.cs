using KGraph.Neo4j.Http;

namespace KGraph.Neo4j.Gds;

/// <summary>One statement of a GDS run, with what it is for and its parameters.</summary>
public sealed record GdsStep(string Name, string Statement, IReadOnlyDictionary<string, object?> Parameters)
{
    public QueryRequest ToRequest() => new(Statement, Parameters);
}
