using KGraph.Vocabulary;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Our annotated sentences (training/README.md): JSON lines <c>{"text", "entities": [{"name", "type"}],
/// "relations": [{"from", "type", "to"}]}</c> with names as written. The annotation lists every relationship
/// a sentence states, so every type of the vocabulary is scored: a fact the sentence does not state is spurious.
/// </summary>
public static class SentencesGold
{
    /// <summary>Every relationship type of the built-in vocabulary but the fallback RELATED_TO, which annotators do not use.</summary>
    public static IReadOnlySet<string> Types { get; } = GraphVocabulary.BuiltIn.RelationshipTypes
        .Select(t => t.Name).Where(t => t != "RELATED_TO").ToHashSet(StringComparer.Ordinal);

    public static GoldSet Read(string path) =>
        new(Path.GetFileName(path), GoldFormat.Sentences, JsonLines.Read(path, (root, line) =>
        {
            var text = root.Field("text").GetString()!;
            foreach (var entity in root.Field("entities").EnumerateArray())
            {
                var name = entity.Field("name").GetString()!;
                if (name.Length == 0 || !text.Contains(name, StringComparison.Ordinal)) throw new InvalidDataException($"entity '{name}' is not in the text");
            }
            var facts = root.Field("relations").EnumerateArray()
                .Select(r => new GoldFact(r.Field("from").GetString()!, r.Field("type").GetString()!, r.Field("to").GetString()!))
                .Distinct()
                .ToList();
            return new GoldItem($"line {line}", text, facts, []);
        }));
}
