using System.Text.Json;

namespace KGraph.Neo4j.Http;

/// <summary>The update counters Neo4j returns when a request asks for them (includeCounters).</summary>
public sealed record QueryCounters
{
    public long NodesCreated { get; init; }
    public long NodesDeleted { get; init; }
    public long RelationshipsCreated { get; init; }
    public long RelationshipsDeleted { get; init; }
    public long PropertiesSet { get; init; }
    public long LabelsAdded { get; init; }
    public long LabelsRemoved { get; init; }
    public long IndexesAdded { get; init; }
    public long IndexesRemoved { get; init; }
    public long ConstraintsAdded { get; init; }
    public long ConstraintsRemoved { get; init; }

    public static QueryCounters None { get; } = new();

    /// <summary>True when the statement created nothing (the second run of an idempotent load).</summary>
    public bool CreatedNothing => NodesCreated == 0 && RelationshipsCreated == 0 && LabelsAdded == 0 && ConstraintsAdded == 0 && IndexesAdded == 0;

    public static QueryCounters operator +(QueryCounters a, QueryCounters b) => new()
    {
        NodesCreated = a.NodesCreated + b.NodesCreated,
        NodesDeleted = a.NodesDeleted + b.NodesDeleted,
        RelationshipsCreated = a.RelationshipsCreated + b.RelationshipsCreated,
        RelationshipsDeleted = a.RelationshipsDeleted + b.RelationshipsDeleted,
        PropertiesSet = a.PropertiesSet + b.PropertiesSet,
        LabelsAdded = a.LabelsAdded + b.LabelsAdded,
        LabelsRemoved = a.LabelsRemoved + b.LabelsRemoved,
        IndexesAdded = a.IndexesAdded + b.IndexesAdded,
        IndexesRemoved = a.IndexesRemoved + b.IndexesRemoved,
        ConstraintsAdded = a.ConstraintsAdded + b.ConstraintsAdded,
        ConstraintsRemoved = a.ConstraintsRemoved + b.ConstraintsRemoved,
    };

    internal static QueryCounters Parse(JsonElement counters)
    {
        long Get(string name) => counters.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        return new QueryCounters
        {
            NodesCreated = Get("nodesCreated"),
            NodesDeleted = Get("nodesDeleted"),
            RelationshipsCreated = Get("relationshipsCreated"),
            RelationshipsDeleted = Get("relationshipsDeleted"),
            PropertiesSet = Get("propertiesSet"),
            LabelsAdded = Get("labelsAdded"),
            LabelsRemoved = Get("labelsRemoved"),
            IndexesAdded = Get("indexesAdded"),
            IndexesRemoved = Get("indexesRemoved"),
            ConstraintsAdded = Get("constraintsAdded"),
            ConstraintsRemoved = Get("constraintsRemoved"),
        };
    }

    public override string ToString() =>
        $"nodes created {NodesCreated}, deleted {NodesDeleted}; relationships created {RelationshipsCreated}, deleted {RelationshipsDeleted}; " +
        $"properties set {PropertiesSet}; labels added {LabelsAdded}, removed {LabelsRemoved}; constraints added {ConstraintsAdded}";
}
