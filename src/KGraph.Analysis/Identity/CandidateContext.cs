using KGraph.Model;

namespace KGraph.Analysis.Identity;

/// <summary>What the candidate scores look at, gathered once per graph: every entity's names, facts and neighbours. Rejected facts do not count.</summary>
internal sealed class CandidateContext
{
    private readonly Dictionary<string, List<Relationship>> _facts = new(StringComparer.Ordinal);

    public CandidateContext(KnowledgeGraph graph)
    {
        Graph = graph;
        Names = graph.Entities.ToDictionary(e => e.Id, NameForms.Of, StringComparer.Ordinal);
        foreach (var entity in graph.Entities) _facts[entity.Id] = [];
        foreach (var relationship in graph.Relationships.Where(r => r.Status != RelationshipStatus.Rejected))
        {
            if (_facts.TryGetValue(relationship.From, out var from)) from.Add(relationship);
            if (relationship.To != relationship.From && _facts.TryGetValue(relationship.To, out var to)) to.Add(relationship);
        }
    }

    public KnowledgeGraph Graph { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<NameForms>> Names { get; }

    /// <summary>The types of the facts between the two, in order.</summary>
    public IEnumerable<string> Between(string a, string b) =>
        _facts[a].Where(r => (r.From == a && r.To == b) || (r.From == b && r.To == a)).Select(r => r.Type).Distinct().Order(StringComparer.Ordinal);

    /// <summary>Facts both have with a third entity, same type and direction: "both FOUNDED google", "xai DEVELOPED both".</summary>
    public IEnumerable<string> SharedFacts(string a, string b) =>
        Facts(a, b).Intersect(Facts(b, a)).Order(StringComparer.Ordinal);

    /// <summary>Third entities both are linked to, in ways that are not already a shared fact.</summary>
    public IEnumerable<string> SharedNeighbours(string a, string b)
    {
        var shared = Facts(a, b).Intersect(Facts(b, a)).ToHashSet();
        var others = Neighbours(a, b).Intersect(Neighbours(b, a));
        return others.Where(n => !shared.Any(f => f.EndsWith(" " + n, StringComparison.Ordinal) || f.StartsWith(n + " ", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The same title at the same organisation ("both CEO at nvidia (LEADS)"), the first in order, or null.</summary>
    public string? SharedTitle(string a, string b)
    {
        IEnumerable<string> Titles(string self, string other) => _facts[self]
            .Where(r => r.From == self && r.To != other && !string.IsNullOrWhiteSpace(r.Role))
            .Select(r => $"both {r.Role!.Trim().ToLowerInvariant()} at {r.To} ({r.Type})");
        return Titles(a, b).Intersect(Titles(b, a)).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private IEnumerable<string> Facts(string self, string other) =>
        _facts[self].Where(r => r.From != other && r.To != other)
            .Select(r => r.From == self ? $"both {r.Type} {r.To}" : $"{r.From} {r.Type} both");

    private IEnumerable<string> Neighbours(string self, string other) =>
        _facts[self].Select(r => r.From == self ? r.To : r.From).Where(n => n != other && n != self);
}
