using KGraph.Extraction.Evaluation;

namespace KGraph.Extraction.Training.Corpora;

/// <summary>
/// Our own annotated sentences (training/*.zh.jsonl, *.en.jsonl): <c>{"text", "entities": [{"name", "type"}],
/// "relations": [{"from", "type", "to"}]}</c>, names as written. Every occurrence of a listed name is that entity;
/// every relationship the text states is listed, so an unlisted pair has none.
/// </summary>
internal static class AnnotatedSentences
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal) { ["Person"] = "PER", ["Organization"] = "ORG", ["Place"] = "LOC" };

    public static (List<EntityExample> Entities, List<RelationExample> Relations) Read(string path, string lang)
    {
        var entities = new List<EntityExample>();
        var relations = new List<RelationExample>();
        var source = Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(path));
        JsonLines.Read(path, (root, _) =>
        {
            var text = root.Field("text").GetString()!;
            var names = root.Field("entities").EnumerateArray().Select(e => (Name: e.Field("name").GetString()!, Type: e.Field("type").GetString()!)).ToList();
            var spans = new List<LabelledSpan>();
            foreach (var (name, type) in names.OrderByDescending(n => n.Name.Length))
            {
                if (name.Length == 0 || !text.Contains(name, StringComparison.Ordinal)) throw new InvalidDataException($"entity '{name}' is not in the text");
                // A product is no name the labeler gives: its characters stay O, as unnamed text does.
                if (!Labels.TryGetValue(type, out var label)) continue;
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                    if (!spans.Exists(s => s.Start < at + name.Length && at < s.End)) spans.Add(new LabelledSpan(at, at + name.Length, label));
            }
            entities.Add(new EntityExample(source, lang, text, [.. spans.OrderBy(s => s.Start)], Annotated: true));
            var facts = root.Field("relations").EnumerateArray()
                .Select(r => new GoldRelation([r.Field("from").GetString()!], r.Field("type").GetString()!, [r.Field("to").GetString()!]))
                .ToList();
            relations.Add(new RelationExample(source, lang, text, facts, [.. names.Select(n => n.Name)], PairCoverage.All, Annotated: true));
            return 0;
        });
        return (entities, relations);
    }
}
