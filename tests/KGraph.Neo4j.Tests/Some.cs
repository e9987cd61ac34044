using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests;

/// <summary>Small graphs written for these tests, including names that try to break out of a statement.</summary>
internal static class Some
{
    /// <summary>Quotes, backslash, backtick, a pattern, a comment, a line break, emoji and CJK.</summary>
    public const string HostileName = "O'Brien \"Q\" \\ `x` })-[:X]->( // 注释\nline2 🚀 马斯克";

    public static readonly string[] HostileTexts =
    [
        HostileName,
        "it's",
        "say \"hi\"",
        @"back\slash\",
        "`tick`",
        "})-[:X]->(n) DETACH DELETE n //",
        "/* not a comment */ // nor this",
        "line1\nline2\r\ttab",
        "🚀😀 emoji",
        "埃隆·马斯克",
        "\u0001 control \u2028 separator",
        "semi;colon, comma",
    ];

    public static Entity Person(string id, string name) => new() { Id = id, Type = "Person", Name = name };

    public static Entity Organization(string id, string name) => new() { Id = id, Type = "Organization", Name = name };

    /// <summary>Two people, a company, an article and one FOUNDED fact with its evidence.</summary>
    public static KnowledgeGraph SmallGraph() => new(
        [new Document("doc-1", "It's \"news\"", "https://example.test/a", new PartialDate(2024, 3), "en")],
        [
            Person("ann", "Ann O'Neil") with
            {
                Names = new Dictionary<string, string> { ["zh"] = "安", ["en"] = "Ann" },
                Aliases = ["A. O'Neil", "Annie"],
                Props = new Dictionary<string, Scalar> { ["born"] = 1970L, ["id"] = "clash" },
                Mentions = [new Mention("doc-1", new TextSpan(0, 3), "Ann"), new Mention("doc-1", new TextSpan(10, 13), "Ann")],
            },
            Organization("acme", "Acme, \"Inc\"") with { Kind = "company" },
        ],
        [
            new Relationship
            {
                Id = "ann.founded.acme.2024", From = "ann", Type = "FOUNDED", To = "acme", Start = new PartialDate(2024), Role = "co-founder",
                Confidence = 0.75, Status = RelationshipStatus.Extracted,
                Evidence = [new Evidence("doc-1", new TextSpan(0, 20), "Ann founded Acme;\nreally", "en.founded")],
            },
            new Relationship { Id = "ann.sued.acme", From = "ann", Type = "SUED", To = "acme", Status = RelationshipStatus.Rejected },
        ]);

    /// <summary>
    /// One entity per entity type and one relationship per relationship type of the vocabulary,
    /// named with every hostile text, with free props of every scalar kind.
    /// </summary>
    public static KnowledgeGraph EveryType(GraphVocabulary vocabulary, string idPrefix = "")
    {
        var documents = new List<Document>
        {
            new(idPrefix + "doc-0", HostileName, "https://example.test/?q='x'", new PartialDate(2024, 3, 18), "zh"),
            new(idPrefix + "doc-1", "plain", null, null, "en"),
        };
        var entities = vocabulary.EntityTypes.Select((t, i) => new Entity
        {
            Id = idPrefix + "e-" + t.Name.ToLowerInvariant(),
            Type = t.Name,
            Name = HostileTexts[i % HostileTexts.Length],
            Names = new Dictionary<string, string> { ["zh"] = "名字" + i, ["en"] = HostileTexts[(i + 1) % HostileTexts.Length] },
            Aliases = [HostileTexts[(i + 2) % HostileTexts.Length], "alias " + i],
            Kind = t.Kinds.Count > 0 ? t.Kinds[0] : null,
            External = new Dictionary<string, string> { ["wikidata"] = "Q" + (i + 1) },
            Props = new Dictionary<string, Scalar> { ["weird key`"] = "v", ["count"] = (long)i, ["share"] = 0.5, ["listed"] = true },
            Mentions = [new Mention(idPrefix + "doc-0", new TextSpan(0, 1), "x"), new Mention(idPrefix + "doc-1", new TextSpan(0, 1), "x")],
        }).ToList();
        var byType = entities.ToDictionary(e => e.Type);
        string Pick(IReadOnlyList<string> allowed) =>
            allowed.Contains(RelationshipTypeDefinition.AnyType) ? entities[0].Id : byType[allowed[0]].Id;
        var relationships = vocabulary.RelationshipTypes.Select((t, i) => new Relationship
        {
            Id = $"{idPrefix}r{i}.{t.Name.ToLowerInvariant()}",
            From = Pick(t.From),
            Type = t.Name,
            To = Pick(t.To),
            Start = new PartialDate(2020 + i % 5, 1 + i % 12),
            End = i % 3 == 0 ? new PartialDate(2025) : null,
            Role = HostileTexts[i % HostileTexts.Length],
            Confidence = i % 2 == 0 ? 0.5 + i / 100.0 : null,
            Status = i % 2 == 0 ? RelationshipStatus.Extracted : RelationshipStatus.Reviewed,
            Props = new Dictionary<string, Scalar> { ["amount"] = 1000L * i, ["currency"] = "USD", ["start"] = "clash" },
            Evidence = [new Evidence(idPrefix + "doc-0", new TextSpan(0, 5), HostileTexts[(i + 3) % HostileTexts.Length], "rule")],
        }).ToList();
        return new KnowledgeGraph(documents, entities, relationships);
    }
}
