using KGraph.Model;

namespace KGraph.Neo4j.Bench;

/// <summary>A made-up graph shaped like KGraph's: people and companies, dated facts with one quote each.</summary>
internal static class SyntheticGraph
{
    private static readonly string[] Types = ["WORKS_AT", "INVESTED_IN", "LEADS", "FOUNDED", "MEMBER_OF", "OWNS"];

    public static KnowledgeGraph Create(int relationships, int entities)
    {
        var people = entities / 2;
        var all = Enumerable.Range(0, entities).Select(i => new Entity
        {
            Id = i < people ? $"person-{i}" : $"org-{i}",
            Type = i < people ? "Person" : "Organization",
            Name = i < people ? $"Person {i} 张{i}" : $"Company {i}, Inc.",
            Aliases = [$"alias {i}"],
        });
        var facts = Enumerable.Range(0, relationships).Select(i =>
        {
            var from = $"person-{i % people}";
            var to = $"org-{people + (i * 7919) % (entities - people)}";
            var type = Types[i % Types.Length];
            return new Relationship
            {
                Id = $"{from}.{type.ToLowerInvariant()}.{to}.{i}",
                From = from,
                Type = type,
                To = to,
                Start = new PartialDate(2000 + i % 25, 1 + i % 12),
                Role = i % 3 == 0 ? "director" : null,
                Confidence = 0.5 + (i % 50) / 100.0,
                Status = RelationshipStatus.Extracted,
                Evidence = [new Evidence("doc-1", new TextSpan(0, 40), $"Person {i % people} joined Company {i % 1000} as director in 2024.", "en.works_at")],
            };
        });
        return new KnowledgeGraph([new Document("doc-1", "Synthetic")], all, facts);
    }
}
