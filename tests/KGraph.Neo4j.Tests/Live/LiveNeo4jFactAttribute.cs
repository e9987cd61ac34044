namespace KGraph.Neo4j.Tests.Live;

/// <summary>
/// A test against a real Neo4j, run only when NEO4J_URI is set (with NEO4J_USERNAME,
/// NEO4J_PASSWORD, NEO4J_DATABASE as needed); otherwise skipped with this reason. No Neo4j
/// can run on CI machines, so CI skips these too; docs/neo4j.md says how to run them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LiveNeo4jFactAttribute : FactAttribute
{
    public LiveNeo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: live Neo4j tests need a running server (see docs/neo4j.md)";
    }
}
