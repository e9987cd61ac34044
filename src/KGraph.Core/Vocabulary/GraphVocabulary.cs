using System.Reflection;
using KGraph.Diagnostics;
using KGraph.Yaml;

namespace KGraph.Vocabulary;

/// <summary>
/// The entity and relationship types KGraph knows, read from <c>graph-data/schema.yaml</c>.
/// Adding a type there needs no code change.
/// </summary>
public sealed class GraphVocabulary
{
    private readonly Dictionary<string, EntityTypeDefinition> _entityTypes;
    private readonly Dictionary<string, RelationshipTypeDefinition> _relationshipTypes;

    public GraphVocabulary(IEnumerable<EntityTypeDefinition> entityTypes, IEnumerable<RelationshipTypeDefinition> relationshipTypes)
    {
        EntityTypes = entityTypes.ToList();
        RelationshipTypes = relationshipTypes.ToList();
        _entityTypes = EntityTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _relationshipTypes = RelationshipTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<EntityTypeDefinition> EntityTypes { get; }
    public IReadOnlyList<RelationshipTypeDefinition> RelationshipTypes { get; }

    public bool IsEntityType(string name) => _entityTypes.ContainsKey(name);

    public EntityTypeDefinition? EntityType(string name) => _entityTypes.GetValueOrDefault(name);

    public RelationshipTypeDefinition? RelationshipType(string name) => _relationshipTypes.GetValueOrDefault(name);

    public bool IsSymmetric(string relationshipType) => RelationshipType(relationshipType)?.Symmetric ?? false;

    /// <summary>The copy of graph-data/schema.yaml built into KGraph, used when no schema.yaml is found beside the data.</summary>
    public static GraphVocabulary BuiltIn { get; } = LoadBuiltIn();

    public const string BuiltInName = "<built-in>/schema.yaml";

    public static string BuiltInText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KGraph.schema.yaml")
            ?? throw new InvalidOperationException("KGraph.schema.yaml is not embedded in KGraph.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static GraphVocabulary LoadBuiltIn()
    {
        var diagnostics = new DiagnosticBag();
        var vocabulary = VocabularyReader.Parse(BuiltInName, BuiltInText(), diagnostics);
        if (vocabulary is null || diagnostics.HasErrors)
            throw new InvalidOperationException("the built-in schema.yaml is invalid: " + string.Join("; ", diagnostics.Sorted()));
        return vocabulary;
    }
}
