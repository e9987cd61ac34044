using KGraph.Model;
using KGraph.Yaml;

namespace KGraph.Store;

/// <summary>One YAML data file as read, every item with its source positions.</summary>
public sealed record GraphFile(
    string Path,
    DataLayer Layer,
    IReadOnlyList<Located<Document>> Documents,
    IReadOnlyList<Located<Entity>> Entities,
    IReadOnlyList<Located<Relationship>> Relationships);
