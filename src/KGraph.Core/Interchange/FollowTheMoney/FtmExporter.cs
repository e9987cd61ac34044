using System.Text.Encodings.Web;
using System.Text.Json;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Interchange.FollowTheMoney;

/// <summary>
/// Writes a graph as FollowTheMoney entities, one JSON object a line (the form <c>ftm</c> tools and
/// Aleph read): people and organizations, then each relationship whose type schema.yaml maps to a
/// FollowTheMoney link schema. Entities and relationships FollowTheMoney has no schema for are counted
/// in the summary, never dropped silently. Properties are written in name order, so the output is stable.
/// </summary>
public static class FtmExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static FtmExportSummary Write(KnowledgeGraph graph, GraphVocabulary vocabulary, TextWriter output)
    {
        var exported = new HashSet<string>(StringComparer.Ordinal);
        var skippedEntities = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            if (FtmSchemata.ForEntity(entity.Type, entity.Kind) is not { } schema)
            {
                skippedEntities[entity.Type] = skippedEntities.GetValueOrDefault(entity.Type) + 1;
                continue;
            }
            exported.Add(entity.Id);
            var properties = new SortedDictionary<string, List<string>>(StringComparer.Ordinal) { ["name"] = [entity.Name] };
            var aliases = entity.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value).Concat(entity.Aliases)
                .Where(a => a != entity.Name).Distinct(StringComparer.Ordinal).ToList();
            if (aliases.Count > 0) properties["alias"] = aliases;
            if (entity.Kind is { } kind) properties["classification"] = [kind];
            if (entity.External.TryGetValue("wikidata", out var wikidata)) properties["wikidataId"] = [wikidata];
            WriteLine(output, entity.Id, schema, properties);
        }

        var unmapped = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var relationships = 0;
        var touchingSkipped = 0;
        foreach (var relationship in graph.Relationships)
        {
            if (vocabulary.RelationshipType(relationship.Type) is not { } type
                || StandardMappings.First(type, StandardMappings.FollowTheMoney) is not var (schema, qualifier)
                || !FtmSchemata.Links.TryGetValue(schema, out var ends))
            {
                unmapped[relationship.Type] = unmapped.GetValueOrDefault(relationship.Type) + 1;
                continue;
            }
            if (!exported.Contains(relationship.From) || !exported.Contains(relationship.To))
            {
                touchingSkipped++;
                continue;
            }
            var (first, second) = qualifier == FtmSchemata.Inverse ? (relationship.To, relationship.From) : (relationship.From, relationship.To);
            var properties = new SortedDictionary<string, List<string>>(StringComparer.Ordinal)
            {
                [ends.From] = [first],
                [ends.To] = [second],
                ["description"] = [FtmSchemata.TypeMarker + relationship.Type],
            };
            if (relationship.Start is { } start) properties[qualifier == FtmSchemata.StartIsEndDate ? "endDate" : "startDate"] = [start.ToString()];
            if (relationship.End is { } end && qualifier != FtmSchemata.StartIsEndDate) properties["endDate"] = [end.ToString()];
            if (relationship.Role is { } role && schema != "Family") properties["role"] = [role];
            if (SourceUrls(graph, relationship) is { Count: > 0 } urls) properties["sourceUrl"] = urls;
            WriteLine(output, relationship.Id, schema, properties);
            relationships++;
        }
        return new FtmExportSummary(exported.Count, relationships, skippedEntities, unmapped, touchingSkipped);
    }

    private static List<string> SourceUrls(KnowledgeGraph graph, Relationship relationship)
    {
        var urls = relationship.Evidence.Select(e => graph.DocumentsById.GetValueOrDefault(e.Doc)?.Url).OfType<string>().ToList();
        if (relationship.Props.TryGetValue("source_url", out var url) && url.ToString() is { Length: > 0 } text) urls.Add(text);
        return [.. urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static void WriteLine(TextWriter output, string id, string schema, SortedDictionary<string, List<string>> properties)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("schema", schema);
            json.WriteStartObject("properties");
            foreach (var (name, values) in properties)
            {
                json.WriteStartArray(name);
                foreach (var value in values) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }
}

/// <summary>What an FollowTheMoney export wrote and what it could not: entities by KGraph type, relationships by type.</summary>
public sealed record FtmExportSummary(
    int Entities,
    int Relationships,
    IReadOnlyDictionary<string, int> EntitiesWithoutSchema,
    IReadOnlyDictionary<string, int> RelationshipsWithoutMapping,
    int RelationshipsTouchingThoseEntities)
{
    /// <summary>"exported 5 entities and 4 relationships; not exported: 2 Product entities (no FollowTheMoney schema), ...".</summary>
    public override string ToString()
    {
        var left = new List<string>();
        if (EntitiesWithoutSchema.Count > 0)
            left.Add($"{string.Join(", ", EntitiesWithoutSchema.Select(e => $"{e.Value} {e.Key}"))} entities (no FollowTheMoney schema)");
        if (RelationshipsWithoutMapping.Count > 0)
            left.Add($"{string.Join(", ", RelationshipsWithoutMapping.Select(r => $"{r.Value} {r.Key}"))} relationships (no followthemoney mapping in " +
                $"schema.yaml)");
        if (RelationshipsTouchingThoseEntities > 0)
            left.Add($"{RelationshipsTouchingThoseEntities} relationships with an end not exported");
        var text = $"exported {Entities} entities and {Relationships} relationships";
        return left.Count == 0 ? text : $"{text}; not exported: {string.Join("; ", left)}";
    }
}
