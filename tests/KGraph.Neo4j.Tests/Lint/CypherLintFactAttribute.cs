namespace KGraph.Neo4j.Tests.Lint;

/// <summary>
/// A test that needs node and tools/cypher-lint/node_modules (installed by .ci/setup-neo4j.sh).
/// Skipped with the reason when they are missing on a developer machine; under CI=true it
/// runs anyway, so a missing tool fails loudly instead of passing silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true") return;
        var missing = CypherLinter.Missing();
        if (missing is not null) Skip = missing + " (run .ci/setup-neo4j.sh; under CI=true this test fails instead)";
    }
}
