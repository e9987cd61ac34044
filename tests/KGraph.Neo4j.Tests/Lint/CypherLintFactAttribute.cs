namespace KGraph.Neo4j.Tests.Lint;

/// <summary>
/// A test that needs node and tools/cypher-lint/node_modules (installed by .ci/setup-neo4j.sh).
/// Skipped with the reason when they are missing on a developer machine, run (and failing) under CI=true:
/// see <see cref="OutsideTool.SkipUnlessCi"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute() => Skip = OutsideTool.SkipUnlessCi(CypherLinter.Missing(), ".ci/setup-neo4j.sh");
}
