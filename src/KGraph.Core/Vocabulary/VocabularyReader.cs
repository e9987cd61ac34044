using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Vocabulary;

/// <summary>Reads schema.yaml strictly, reporting every problem with its position.</summary>
public static class VocabularyReader
{
    private static readonly string[] RootKeys = ["kgraph", "entity_types", "relationship_types"];
    private static readonly string[] EntityTypeKeys = ["name", "description", "kinds", "color"];
    private static readonly string[] RelationshipTypeKeys = ["name", "description", "from", "to", "symmetric", "mappings"];

    public static GraphVocabulary? Load(string path, DiagnosticBag diagnostics, ReadLimits? limits = null)
    {
        var text = TextFileReader.Read(path, limits ?? ReadLimits.Default, diagnostics);
        return text is null ? null : Parse(path, text, diagnostics);
    }

    public static GraphVocabulary? Parse(string path, string text, DiagnosticBag diagnostics)
    {
        if (StrictYamlParser.Parse(path, text, diagnostics) is not YamlMapping root)
        {
            diagnostics.Error(SourcePosition.StartOf(path), "schema file must be a mapping with entity_types and relationship_types");
            return null;
        }
        var fields = new MappingFields(root, "schema file", RootKeys, diagnostics);
        FormatVersion.Check(fields, diagnostics);

        var entityTypes = new List<EntityTypeDefinition>();
        foreach (var node in fields.List("entity_types")?.Items ?? [])
        {
            if (node is not YamlMapping map)
            {
                diagnostics.Error(node.At, $"an entity type must be a mapping, not {node.KindName}");
                continue;
            }
            var f = new MappingFields(map, "entity type", EntityTypeKeys, diagnostics);
            var name = f.Text("name", required: true);
            if (name is null) continue;
            if (entityTypes.Exists(t => t.Name == name))
                diagnostics.Error(f.PositionOf("name"), $"entity type '{name}' is defined twice");
            else if (name == RelationshipTypeDefinition.AnyType)
                diagnostics.Error(f.PositionOf("name"), "'Any' is reserved for relationship endpoints and cannot be an entity type");
            else
                entityTypes.Add(new EntityTypeDefinition(name, f.Text("description") ?? "", f.StringList("kinds"), f.Text("color") ?? "#A5ABB6"));
        }

        var known = entityTypes.Select(t => t.Name).Append(RelationshipTypeDefinition.AnyType).ToHashSet(StringComparer.Ordinal);
        var relationshipTypes = new List<RelationshipTypeDefinition>();
        foreach (var node in fields.List("relationship_types")?.Items ?? [])
        {
            if (node is not YamlMapping map)
            {
                diagnostics.Error(node.At, $"a relationship type must be a mapping, not {node.KindName}");
                continue;
            }
            var f = new MappingFields(map, "relationship type", RelationshipTypeKeys, diagnostics);
            var name = f.Text("name", required: true);
            if (name is null) continue;
            if (!IsTypeName(name))
            {
                diagnostics.Error(f.PositionOf("name"), $"relationship type '{name}' must be UPPER_SNAKE_CASE (A-Z, 0-9, _), as Neo4j relationship types are");
                continue;
            }
            if (relationshipTypes.Exists(t => t.Name == name))
            {
                diagnostics.Error(f.PositionOf("name"), $"relationship type '{name}' is defined twice");
                continue;
            }
            var from = EndpointTypes(f, "from", known, diagnostics);
            var to = EndpointTypes(f, "to", known, diagnostics);
            relationshipTypes.Add(new RelationshipTypeDefinition(name, f.Text("description") ?? "", from, to, f.Boolean("symmetric") ?? false,
                f.StringMap("mappings", KeyRule.Any)));
        }
        return new GraphVocabulary(entityTypes, relationshipTypes);
    }

    /// <summary>Names that can become Neo4j labels and types without quoting.</summary>
    public static bool IsTypeName(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_');

    private static List<string> EndpointTypes(MappingFields f, string key, HashSet<string> known, DiagnosticBag diagnostics)
    {
        if (!f.Has(key))
        {
            f.Missing(key);
            return [];
        }
        var types = f.StringList(key).ToList();
        foreach (var item in f.List(key)?.Items ?? [])
            if (item is YamlScalar s && !known.Contains(s.Value))
                diagnostics.Error(s.At, $"'{key}' names unknown entity type '{s.Value}'");
        return types;
    }
}
