using KGraph.Model;

namespace KGraph.Analysis.Queue;

/// <summary>Which waiting facts the queue shows: of some relationship types (all when empty), at or above a confidence.</summary>
public sealed record QueueFilter
{
    public static QueueFilter All { get; } = new();

    public IReadOnlySet<string> Types { get; init; } = new HashSet<string>();

    public double? MinConfidence { get; init; }

    public bool Matches(Relationship relationship) =>
        (Types.Count == 0 || Types.Contains(relationship.Type))
        && (MinConfidence is not { } min || (relationship.Confidence ?? ReviewQueue.UnknownConfidence) >= min);
}
