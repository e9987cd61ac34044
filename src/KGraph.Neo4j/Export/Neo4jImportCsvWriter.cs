using System.Text;
using KGraph.Neo4j.Cypher;
using KGraph.Neo4j.Loading;
using KGraph.Store;

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

    /// <summary>
    /// Writes the four CSV files and constraints.cypher into <paramref name="directory"/>; returns the import command.
    /// All five replace the folder's old ones together, only when every one was written: a refused
    /// value (an <see cref="InvalidDataException"/>) leaves the folder as it was.
    /// </summary>
    public static string Write(Neo4jLoadPlan plan, string directory, string database = "neo4j")
    {
        var files = new (string Name, Action<TextWriter> Write)[]
        {
            (EntitiesFile, w => WriteEntities(plan, w)),
            (DocumentsFile, w => WriteDocuments(plan, w)),
            (MentionsFile, w => WriteMentions(plan, w)),
            (RelationshipsFile, w => WriteRelationships(plan, w)),
            (ConstraintsFile, w =>
            {
                w.Write("// Run after the import: neo4j-admin import does not create constraints.\n");
                foreach (var constraint in plan.Constraints) w.Write(constraint + ";\n");
            }),
        };
        var staged = new List<StagedFile>();
        try
        {
            foreach (var (name, write) in files)
            {
                var file = new StagedFile(Path.Combine(directory, name));
                staged.Add(file);
                write(file.Writer);
            }
            foreach (var file in staged) file.Commit();
        }
        finally
        {
            foreach (var file in staged) file.Dispose();
        }
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
        var entities = plan.Graph.Entities;
        var langs = entities.SelectMany(e => e.Names.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sources = entities.SelectMany(e => e.External.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var free = new FreeColumns(entities.SelectMany(e => e.Props), GraphRows.EntityPropName);
        var columns = new CsvColumns();
        columns.Add("name", CsvColumnType.String);
        foreach (var lang in langs) columns.Add("name_" + lang, CsvColumnType.String);
        columns.Add("aliases", CsvColumnType.StringArray);
        columns.Add("kind", CsvColumnType.String);
        foreach (var source in sources) columns.Add("external_" + source, CsvColumnType.String);
        free.AddTo(columns);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);

        var csv = new CsvRowWriter(output);
        csv.WriteHeader([$"id:ID({GraphStatements.EntityLabel})", ":LABEL"], columns);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!labels.TryGetValue(entity.Type, out var label))
                labels[entity.Type] = label = GraphStatements.EntityLabel + ArrayDelimiter + entity.Type;
            csv.Field(entity.Id);
            csv.Field(label);
            csv.Field(entity.Name);
            foreach (var lang in langs) csv.Field(entity.Names.GetValueOrDefault(lang));
            csv.Array(entity.Aliases, static (aliases, i) => aliases[i], ("entity", entity.Id), "aliases");
            csv.Field(entity.Kind);
            foreach (var source in sources) csv.Field(entity.External.GetValueOrDefault(source));
            free.Write(csv, entity.Props);
            csv.Boolean(true);
            csv.EndRow();
        }
        csv.Flush();
    }

    public static void WriteDocuments(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        foreach (var name in new[] { "title", "url", "published", "lang" }) columns.Add(name, CsvColumnType.String);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var csv = new CsvRowWriter(output);
        csv.WriteHeader([$"id:ID({GraphStatements.DocumentLabel})", ":LABEL"], columns);
        foreach (var document in plan.Graph.Documents)
        {
            csv.Field(document.Id);
            csv.Field(GraphStatements.DocumentLabel);
            csv.Field(document.Title);
            csv.Field(document.Url);
            csv.Date(document.Published);
            csv.Field(document.Lang);
            csv.Boolean(true);
            csv.EndRow();
        }
        csv.Flush();
    }

    public static void WriteMentions(Neo4jLoadPlan plan, TextWriter output)
    {
        var columns = new CsvColumns();
        columns.Add("id", CsvColumnType.String);
        columns.Add("count", CsvColumnType.Long);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var csv = new CsvRowWriter(output);
        csv.WriteHeader([$":START_ID({GraphStatements.DocumentLabel})", $":END_ID({GraphStatements.EntityLabel})", ":TYPE"], columns);
        // neo4j-admin refuses relationships to unknown ids; the loader's MATCH skips them the same way.
        foreach (var link in GraphRows.Mentions(plan.Graph).Where(m => plan.Graph.DocumentsById.ContainsKey(m.Doc)))
        {
            csv.Field(link.Doc);
            csv.Field(link.Entity);
            csv.Field(GraphStatements.MentionsType);
            csv.Field(link.Id);
            csv.Long(link.Count);
            csv.Boolean(true);
            csv.EndRow();
        }
        csv.Flush();
    }

    public static void WriteRelationships(Neo4jLoadPlan plan, TextWriter output)
    {
        var free = new FreeColumns(plan.Relationships.SelectMany(r => r.Props), GraphRows.RelationshipPropName);
        var columns = new CsvColumns();
        foreach (var name in new[] { "id", "start", "end", "role" }) columns.Add(name, CsvColumnType.String);
        columns.Add("confidence", CsvColumnType.Double);
        columns.Add("status", CsvColumnType.String);
        columns.Add("sources", CsvColumnType.StringArray);
        columns.Add("quotes", CsvColumnType.StringArray);
        free.AddTo(columns);
        columns.Add(GraphStatements.ManagedProperty, CsvColumnType.Boolean);
        var csv = new CsvRowWriter(output);
        csv.WriteHeader([$":START_ID({GraphStatements.EntityLabel})", $":END_ID({GraphStatements.EntityLabel})", ":TYPE"], columns);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relationship in plan.Relationships)
        {
            if (!types.TryGetValue(relationship.Type, out var type))
                types[relationship.Type] = type = CypherIdentifier.Checked(relationship.Type, "relationship type");
            var owner = ("relationship", relationship.Id);
            csv.Field(relationship.From);
            csv.Field(relationship.To);
            csv.Field(type);
            csv.Field(relationship.Id);
            csv.Date(relationship.Start);
            csv.Date(relationship.End);
            csv.Field(relationship.Role);
            if (relationship.Confidence is { } confidence) csv.Double(confidence);
            else csv.Missing();
            csv.Field(GraphRows.Status(relationship.Status));
            // Each document once, in order of first appearance, as the loader sends them.
            csv.Array(relationship.Evidence, static (evidence, i) => FirstOf(evidence, i) ? evidence[i].Doc : null, owner, "sources");
            csv.Array(relationship.Evidence, static (evidence, i) => evidence[i].Quote, owner, "quotes");
            free.Write(csv, relationship.Props);
            csv.Boolean(true);
            csv.EndRow();
        }
        csv.Flush();
    }

    private static bool FirstOf(IReadOnlyList<Model.Evidence> evidence, int index)
    {
        for (var i = 0; i < index; i++)
            if (string.Equals(evidence[i].Doc, evidence[index].Doc, StringComparison.Ordinal)) return false;
        return true;
    }

    private static string ShellQuote(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '=') ? text : "'" + text.Replace("'", "'\\''",
            StringComparison.Ordinal) + "'";
}
