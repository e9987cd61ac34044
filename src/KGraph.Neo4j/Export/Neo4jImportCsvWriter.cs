using System.Text;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Loading;

namespace KGraph.Neo4j.Export;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c> (offline, into an empty database):
/// entities.csv and documents.csv (nodes, id spaces Entity and Document), mentions.csv and
/// relationships.csv. Properties are the loader's (<see cref="GraphRows"/>); rows are written
/// as they are produced, so memory does not grow with the graph's size.
/// </summary>
public static class Neo4jImportCsvWriter
{
    /// <summary>
    /// Between labels and array items. Not ';' (the default), because quotes and names can
    /// contain it; passed to neo4j-admin as --array-delimiter=U+001F.
    /// </summary>
    public const string ArrayDelimiter = "\u001F";

    public const string EntitiesFile = "entities.csv";
    public const string DocumentsFile = "documents.csv";
    public const string MentionsFile = "mentions.csv";
    public const string RelationshipsFile = "relationships.csv";
    public const string ConstraintsFile = "constraints.cypher";

    /// <summary>Writes the four CSV files and constraints.cypher into <paramref name="directory"/>; returns the import command.</summary>
    public static string Write(Neo4jLoadPlan plan, string directory, string database = "neo4j")
    {
        Directory.CreateDirectory(directory);
        WriteFile(directory, EntitiesFile, w => WriteEntities(plan, w));
        WriteFile(directory, DocumentsFile, w => WriteDocuments(plan, w));
        WriteFile(directory, MentionsFile, w => WriteMentions(plan, w));
        WriteFile(directory, RelationshipsFile, w => WriteRelationships(plan, w));
        WriteFile(directory, ConstraintsFile, w =>
        {
            w.Write("// Run after the import: neo4j-admin import does not create constraints.\n");
            foreach (var constraint in plan.Constraints) w.Write(constraint + ";\n");
        });
        return ImportCommand(Path.GetFullPath(directory), database);
    }

    /// <summary>The neo4j-admin command for files in <paramref name="directory"/>, then the constraints.</summary>
    public static string ImportCommand(string directory, string database)
    {
        string At(string file) => ShellQuote(Path.Combine(directory, file));
        return $"neo4j-admin database import full {ShellQuote(database)} \\\n" +
               $"  --nodes={At(EntitiesFile)} --nodes={At(DocumentsFile)} \\\n" +
               $"  --relationships={At(MentionsFile)} --relationships={At(RelationshipsFile)} \\\n" +
               "  --array-delimiter=U+001F --multiline-fields=true\n" +
               $"# then, with the database started: cypher-shell -d {ShellQuote(database)} -f {At(ConstraintsFile)}";
    }

    public static void WriteEntities(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        columns.Add("name", CsvColumnType.String);
        foreach (var lang in plan.Graph.Entities.SelectMany(e => e.Names.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            columns.Add("name_" + lang, CsvColumnType.String);
        columns.Add("aliases", CsvColumnType.StringArray);
        columns.Add("kind", CsvColumnType.String);
        foreach (var source in plan.Graph.Entities.SelectMany(e => e.External.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            columns.Add("external_" + source, CsvColumnType.String);
        AddFree(columns, plan.Graph.Entities.SelectMany(e => e.Props), GraphRows.EntityPropName);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);

        var rows = new CsvRowWriter(output, columns);
        rows.WriteHeader([$"id:ID({GraphStatements.EntityLabel})", ":LABEL"]);
        foreach (var entity in plan.Graph.Entities)
            rows.WriteRow([entity.Id, GraphStatements.EntityLabel + ArrayDelimiter + entity.Type], GraphRows.EntityProperties(entity), $"entity '{entity.Id}'");
    }

    public static void WriteDocuments(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        foreach (var name in new[] { "title", "url", "published", "lang" }) columns.Add(name, CsvColumnType.String);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var rows = new CsvRowWriter(output, columns);
        rows.WriteHeader([$"id:ID({GraphStatements.DocumentLabel})", ":LABEL"]);
        foreach (var document in plan.Graph.Documents)
            rows.WriteRow([document.Id, GraphStatements.DocumentLabel], GraphRows.DocumentProperties(document), $"document '{document.Id}'");
    }

    public static void WriteMentions(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        columns.Add("id", CsvColumnType.String);
        columns.Add("count", CsvColumnType.Long);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var rows = new CsvRowWriter(output, columns);
        rows.WriteHeader([$":START_ID({GraphStatements.DocumentLabel})", $":END_ID({GraphStatements.EntityLabel})", ":TYPE"]);
        // neo4j-admin refuses relationships to unknown ids; the loader's MATCH skips them the same way.
        foreach (var link in GraphRows.Mentions(plan.Graph).Where(m => plan.Graph.DocumentsById.ContainsKey(m.Doc)))
            rows.WriteRow([link.Doc, link.Entity, GraphStatements.MentionsType], GraphRows.MentionProperties(link), $"mention '{link.Id}'");
    }

    public static void WriteRelationships(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        foreach (var name in new[] { "id", "start", "end", "role" }) columns.Add(name, CsvColumnType.String);
        columns.Add("confidence", CsvColumnType.Double);
        columns.Add("status", CsvColumnType.String);
        columns.Add("sources", CsvColumnType.StringArray);
        columns.Add("quotes", CsvColumnType.StringArray);
        AddFree(columns, plan.Relationships.SelectMany(r => r.Props), GraphRows.RelationshipPropName);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var rows = new CsvRowWriter(output, columns);
        rows.WriteHeader([$":START_ID({GraphStatements.EntityLabel})", $":END_ID({GraphStatements.EntityLabel})", ":TYPE"]);
        foreach (var relationship in plan.Relationships)
            rows.WriteRow([relationship.From, relationship.To, CypherIdentifier.Checked(relationship.Type, "relationship type")],
                GraphRows.RelationshipProperties(relationship), $"relationship '{relationship.Id}'");
    }

    private static void AddFree(CsvColumns columns, IEnumerable<KeyValuePair<string, Model.Scalar>> props, Func<string, string> storedName)
    {
        var free = new CsvColumns();
        foreach (var (key, value) in props) free.Add(storedName(key), value);
        foreach (var (name, type) in free.All.OrderBy(c => c.Name, StringComparer.Ordinal)) columns.Add(name, type);
    }

    private static void WriteFile(string directory, string name, Action<TextWriter> write)
    {
        using var stream = new FileStream(Path.Combine(directory, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        write(writer);
    }

    private static string ShellQuote(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '=') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
