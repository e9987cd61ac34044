using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>The resolved graph plus where each of its parts was written, for validation messages.</summary>
public sealed record ResolvedGraph(
    KnowledgeGraph Graph,
    IReadOnlyDictionary<string, Located<Document>> DocumentOrigins,
    IReadOnlyDictionary<string, IReadOnlyList<Located<Entity>>> EntityOrigins,
    IReadOnlyList<Located<Relationship>> RelationshipOrigins);
