using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Visualization.Tests;

/// <summary>Small graphs written for these tests: people and labs in AI, with quotes we wrote.</summary>
internal static class Some
{
    public const string HostileName = "</script><script>alert(1)</script> & \"Quoted\" [x] {y} 'z'\nsecond line";

    public static GraphVocabulary Vocabulary => GraphVocabulary.BuiltIn;

    public static KnowledgeGraph AiGraph() => Graph(hostile: false);

    /// <summary>The same graph plus an organization whose name tries to break out of every format.</summary>
    public static KnowledgeGraph HostileGraph() => Graph(hostile: true);

    private static KnowledgeGraph Graph(bool hostile)
    {
        var documents = new List<Document>
        {
            new("doc-en-1", "Who runs the AI labs", "https://example.com/ai-labs", new PartialDate(2024, 3), "en"),
            new("doc-zh-1", "马斯克与OpenAI的恩怨", "https://example.com/zh/openai", new PartialDate(2024, 3, 1), "zh"),
            new("doc-bad-url", "A source with a script URL", "javascript:alert(1)", null, "en"),
        };
        var entities = new List<Entity>
        {
            Person("elon-musk", "Elon Musk", "埃隆·马斯克", "马斯克", "Musk"),
            Person("sam-altman", "Sam Altman", "萨姆·奥特曼", "奥特曼"),
            Person("ilya-sutskever", "Ilya Sutskever", "伊利亚·苏茨克维"),
            Person("dario-amodei", "Dario Amodei", "达里奥·阿莫迪"),
            Organization("xai", "xAI"),
            Organization("openai", "OpenAI"),
            Organization("anthropic", "Anthropic"),
            Product("grok-1", "Grok-1"),
            Product("claude", "Claude"),
        };
        var relationships = new List<Relationship>
        {
            Fact("elon-musk", "FOUNDED", "xai", 2023, 0.92, "doc-en-1", "Elon Musk set up xAI in 2023 to build Grok."),
            Fact("elon-musk", "FOUNDED", "openai", 2015, null, "doc-zh-1", "马斯克在2015年与奥特曼等人共同创办了OpenAI。"),
            Fact("elon-musk", "LEFT", "openai", 2018, null, "doc-en-1", "Musk stepped down from the OpenAI board in 2018."),
            Fact("elon-musk", "SUED", "openai", 2024, 0.85, "doc-zh-1", "2024年3月，马斯克起诉OpenAI。"),
            Fact("sam-altman", "LEADS", "openai", 2019, null, "doc-en-1", "Sam Altman has been chief executive of OpenAI since 2019.", role: "CEO"),
            Fact("ilya-sutskever", "FOUNDED", "openai", 2015, null, "doc-en-1", "Ilya Sutskever was among the founders of OpenAI."),
            Fact("ilya-sutskever", "LEFT", "openai", 2024, 0.8, "doc-en-1", "Sutskever left OpenAI in May 2024."),
            Fact("dario-amodei", "LEFT", "openai", 2020, 0.7, "doc-en-1", "Dario Amodei left OpenAI at the end of 2020."),
            Fact("dario-amodei", "FOUNDED", "anthropic", 2021, null, "doc-en-1", "Amodei founded Anthropic in 2021 with colleagues from OpenAI."),
            Fact("anthropic", "DEVELOPED", "claude", 2023, null, "doc-en-1", "Anthropic released its Claude model in 2023."),
            Fact("xai", "DEVELOPED", "grok-1", 2023, 0.9, "doc-en-1", "xAI released Grok-1 in November 2023."),
            Fact("openai", "COMPETES_WITH", "anthropic", null, 0.55, "doc-zh-1", "Anthropic与OpenAI在大模型领域直接竞争。"),
            Fact("xai", "COMPETES_WITH", "openai", null, 0.6, "doc-bad-url", "xAI competes with OpenAI for researchers."),
            Fact("elon-musk", "MET", "sam-altman", 2015, 0.4, "doc-en-1", "Musk and Altman had dinner.", status: RelationshipStatus.Rejected),
        };
        if (hostile)
        {
            entities.Add(Organization("hostile", HostileName));
            relationships.Add(Fact("hostile", "INVESTED_IN", "xai", 2024, 0.5, "doc-en-1", "A quote with </script> and <b>tags</b> & \"quotes\"."));
        }
        return new KnowledgeGraph(documents, entities, relationships);
    }

    public static Entity Person(string id, string name, string chinese, params string[] aliases) => new()
    {
        Id = id,
        Type = "Person",
        Name = name,
        Names = new Dictionary<string, string> { ["en"] = name, ["zh"] = chinese },
        Aliases = aliases,
    };

    public static Entity Organization(string id, string name) => new() { Id = id, Type = "Organization", Name = name, Kind = "company" };

    public static Entity Product(string id, string name) => new() { Id = id, Type = "Product", Name = name, Kind = "ai-model" };

    public static Relationship Fact(string from, string type, string to, int? year, double? confidence, string doc, string quote,
        string? role = null, RelationshipStatus status = RelationshipStatus.Reviewed) => new()
        {
            Id = RelationshipId.For(from, type, to, year is { } y ? new PartialDate(y) : null, GraphVocabulary.BuiltIn.IsSymmetric(type)),
            From = from,
            Type = type,
            To = to,
            Start = year is { } start ? new PartialDate(start) : null,
            Role = role,
            Confidence = confidence,
            Status = confidence is null ? status : status == RelationshipStatus.Rejected ? status : RelationshipStatus.Extracted,
            Evidence = [new Evidence(doc, new TextSpan(0, quote.Length), quote)],
        };

    /// <summary>A random sparse graph of <paramref name="n"/> entities for layout tests.</summary>
    public static KnowledgeGraph Random(int n, int seed = 7)
    {
        var random = new Random(seed);
        var types = new[] { "Person", "Organization", "Product" };
        var entities = Enumerable.Range(0, n).Select(i => new Entity { Id = $"e{i:D5}", Type = types[i % 3], Name = $"Entity {i}" }).ToList();
        var relationships = new List<Relationship>();
        for (var i = 1; i < n; i++)
        {
            var j = random.Next(i);
            relationships.Add(new Relationship { Id = $"r{i:D5}", From = $"e{i:D5}", Type = "ASSOCIATED_WITH", To = $"e{j:D5}" });
            if (random.NextDouble() < 0.3)
            {
                var k = random.Next(n);
                if (k != i) relationships.Add(new Relationship { Id = $"s{i:D5}", From = $"e{i:D5}", Type = "PARTNERED_WITH", To = $"e{k:D5}" });
            }
        }
        return new KnowledgeGraph([], entities, relationships);
    }
}
