using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Analysis.Tests;

/// <summary>
/// A small hand-made AI-industry graph. Entity indexes (id order): 0 anthropic, 1 dario-amodei,
/// 2 elon-musk, 3 kimbal-musk, 4 openai, 5 sam-altman, 6 tesla, 7 xai.
/// </summary>
internal static class SampleGraph
{
    public static GraphVocabulary Vocabulary => GraphVocabulary.BuiltIn;

    public static Evidence SuitQuote { get; } = new("doc-suit", new TextSpan(10, 31), "Musk sued OpenAI in 2024");

    public static KnowledgeGraph Graph { get; } = new(
        [new Document("doc-suit", "Musk sues OpenAI", Published: new PartialDate(2024, 3))],
        [
            Some.Organization("anthropic", "Anthropic"),
            Some.Person("dario-amodei", "Dario Amodei") with { Names = Names(("zh", "达里奥·阿莫迪")) },
            Some.Person("elon-musk", "Elon Musk", "Musk") with { Names = Names(("zh", "马斯克"), ("en", "Elon Musk")) },
            Some.Person("kimbal-musk", "Kimbal Musk", "Musk"),
            Some.Organization("openai", "OpenAI"),
            Some.Person("sam-altman", "Sam Altman") with { Names = Names(("zh", "山姆·奥特曼")) },
            Some.Organization("tesla", "Tesla", "特斯拉"),
            Some.Organization("xai", "xAI"),
        ],
        [
            Some.Relationship("elon-musk", "FOUNDED", "openai", start: "2015-12"),
            Some.Relationship("sam-altman", "LEADS", "openai", start: "2019"),
            Some.Relationship("dario-amodei", "WORKS_AT", "openai", start: "2016", end: "2020-12"),
            Some.Relationship("dario-amodei", "FOUNDED", "anthropic", start: "2021"),
            Some.Relationship("elon-musk", "FOUNDED", "xai", start: "2023"),
            Some.Relationship("elon-musk", "LEADS", "tesla", start: "2008"),
            Some.Relationship("kimbal-musk", "MEMBER_OF", "tesla", confidence: 0.6, status: RelationshipStatus.Extracted),
            Some.Relationship("elon-musk", "SUED", "openai", start: "2024", confidence: 0.9, status: RelationshipStatus.Extracted, evidence: SuitQuote),
            Some.Relationship("anthropic", "COMPETES_WITH", "openai"),
            Some.Relationship("xai", "COMPETES_WITH", "openai", status: RelationshipStatus.Rejected),
        ]);

    private static SortedDictionary<string, string> Names(params (string Lang, string Name)[] names) =>
        new(names.ToDictionary(n => n.Lang, n => n.Name), StringComparer.Ordinal);
}
