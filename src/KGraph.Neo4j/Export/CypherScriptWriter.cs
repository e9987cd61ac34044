using System.Globalization;
using System.Text;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Loading;

namespace KGraph.Neo4j.Export;

/// <summary>
/// Writes a load plan as a script for <c>cypher-shell -f</c>: the loader's own statements with
/// the rows written as escaped list literals instead of <c>$rows</c>. Constraints come first;
/// every statement MERGEs on ids, so running the script twice creates nothing the second time.
/// </summary>
public static class CypherScriptWriter
{
    /// <summary>Rows per statement: large enough to be fast, small enough for cypher-shell's parser.</summary>
    public const int DefaultRowsPerStatement = 500;

    public static void Write(Neo4jLoadPlan plan, TextWriter output, int rowsPerStatement = DefaultRowsPerStatement)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rowsPerStatement, 1);
        var inv = CultureInfo.InvariantCulture;
        output.Write("// KGraph graph for cypher-shell -f: constraints, entities, documents, MENTIONS, relationships.\n");
        output.Write("// Statements MERGE on ids: running this script again creates nothing new.\n\n");
        foreach (var constraint in plan.Constraints) output.Write(constraint + ";\n");
        var text = new StringBuilder();
        foreach (var step in plan.Steps)
        {
            output.Write(string.Create(inv, $"\n// {step.Name}: {step.RowCount} rows\n"));
            foreach (var batch in step.Batches(rowsPerStatement))
            {
                text.Clear().Append("UNWIND [\n");
                for (var i = 0; i < batch.Count; i++)
                {
                    text.Append("  ");
                    CypherLiteral.Write(text, batch[i]);
                    text.Append(i + 1 < batch.Count ? ",\n" : "\n");
                }
                text.Append("] AS row\n").Append(step.Body).Append(";\n");
                output.Write(text);
            }
        }
    }

    public static string ToText(Neo4jLoadPlan plan, int rowsPerStatement = DefaultRowsPerStatement)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(plan, writer, rowsPerStatement);
        return writer.ToString();
    }
}
