using System.Text.Json;
using KGraph.Diagnostics;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Interchange.FollowTheMoney;

/// <summary>
/// Reads FollowTheMoney entities, one JSON object a line (<c>{"id", "schema", "properties": {name: [values]}}</c>),
/// into a <see cref="GraphImport"/>: people and organizations become entities, link schemata that
/// schema.yaml maps (Ownership, Directorship, Employment, ...) relationships. Other schemata (Address,
/// Sanction, ...) are counted and left out, and so are links to them. The file is read as YAML files are
/// (size limit, UTF-8 checked); a line that is not a FollowTheMoney entity is reported with its line.
/// </summary>
public static class FtmImporter
{
    public static FtmImportSummary Read(string path, GraphImport import, GraphVocabulary vocabulary, DiagnosticBag diagnostics)
    {
        var skipped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (TextFileReader.Read(path, ReadLimits.Default, diagnostics) is not { } text) return new FtmImportSummary(skipped);
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var at = new SourcePosition(path, lineNumber, 1);
            if (Parse(line, at, diagnostics) is not var (id, schema, properties)) continue;
            SourcePosition PositionOf(string _) => at;
            if (FtmSchemata.Entities.Contains(schema))
            {
                var names = Values(properties, "name");
                var aliases = names.Skip(1).Concat(Values(properties, "alias")).Concat(Values(properties, "previousName")).ToList();
                import.AddEntity(new EntityRow(PositionOf, id, names.FirstOrDefault(), schema, aliases,
                    KindOf(vocabulary, schema, Values(properties, "classification").FirstOrDefault()), Values(properties, "wikidataId").FirstOrDefault()));
            }
            else if (FtmSchemata.Links.TryGetValue(schema, out var ends) && TypeOf(vocabulary, schema, properties) is var (type, qualifier))
            {
                var (from, to) = (Values(properties, ends.From).FirstOrDefault(), Values(properties, ends.To).FirstOrDefault());
                if (qualifier == FtmSchemata.Inverse) (from, to) = (to, from);
                var (start, end) = qualifier == FtmSchemata.StartIsEndDate
                    ? (Values(properties, "endDate").FirstOrDefault(), null)
                    : (Values(properties, "startDate").FirstOrDefault(), Values(properties, "endDate").FirstOrDefault());
                import.AddRelationship(new RelationshipRow(PositionOf, from, to, type, start, end,
                    Values(properties, "role").FirstOrDefault(), Url: Values(properties, "sourceUrl").FirstOrDefault()));
            }
            else
            {
                skipped[schema] = skipped.GetValueOrDefault(schema) + 1;
                import.Skip(id);
            }
        }
        return new FtmImportSummary(skipped);
    }

    /// <summary>The line's id, schema and properties, or null (reported) when it is not a FollowTheMoney entity.</summary>
    private static (string Id, string Schema, Dictionary<string, List<string>> Properties)? Parse(string line, SourcePosition at, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = ReadLimits.MaxNestingDepth });
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber:")[0].TrimEnd();
            // The parser counts bytes; the column counts characters, as everywhere else.
            var bytes = System.Text.Encoding.UTF8.GetBytes(line);
            var column = System.Text.Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(e.BytePositionInLine ?? 0, bytes.Length)) + 1;
            diagnostics.Error(at with { Column = column }, $"not valid JSON: {message}");
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(at, "expected one JSON object per line: a FollowTheMoney entity with id, schema and properties");
                return null;
            }
            var id = Text(root, "id");
            var schema = Text(root, "schema");
            if (id is null || schema is null)
            {
                diagnostics.Error(at, $"FollowTheMoney entity without {(id is null ? "an \"id\"" : "a \"schema\"")} (a string)");
                return null;
            }
            var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("properties", out var given) && given.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in given.EnumerateObject())
                {
                    var values = property.Value.ValueKind switch
                    {
                        JsonValueKind.Array => property.Value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String)
                            .Select(v => v.GetString()!).ToList(),
                        JsonValueKind.String => [property.Value.GetString()!],
                        _ => [],
                    };
                    properties[property.Name] = values;
                }
            }
            return (id, schema, properties);
        }
    }

    /// <summary>
    /// The KGraph type of a link: the one its description names (<c>kgraph:OWNS</c>, as the exporter writes it) when
    /// that type maps to this schema, else the first type mapping to it without a qualifier; null when none maps to it.
    /// </summary>
    private static (string Type, string? Qualifier)? TypeOf(GraphVocabulary vocabulary, string schema, Dictionary<string, List<string>> properties)
    {
        foreach (var description in Values(properties, "description"))
        {
            if (!description.StartsWith(FtmSchemata.TypeMarker, StringComparison.Ordinal)) continue;
            if (vocabulary.RelationshipType(description[FtmSchemata.TypeMarker.Length..]) is { } named
                && StandardMappings.First(named, StandardMappings.FollowTheMoney) is var (mapped, qualifier) && mapped == schema)
                return (named.Name, qualifier);
        }
        return StandardMappings.TypeFor(vocabulary, StandardMappings.FollowTheMoney, schema) is { } type ? (type.Name, null) : null;
    }

    /// <summary>The classification as the entity's kind when the vocabulary knows it for that type (free text otherwise).</summary>
    private static string? KindOf(GraphVocabulary vocabulary, string schema, string? classification)
    {
        if (classification is null) return null;
        var type = schema == "Person" ? "Person" : "Organization";
        return vocabulary.EntityType(type)?.Kinds.Contains(classification) == true ? classification : null;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static List<string> Values(Dictionary<string, List<string>> properties, string name) =>
        properties.TryGetValue(name, out var values) ? values : [];
}

/// <summary>FollowTheMoney entities left out, by schema.</summary>
public sealed record FtmImportSummary(IReadOnlyDictionary<string, int> SkippedBySchema);
