using System.Text;
using System.Text.Json;
using KGraph.Extraction.Evaluation;
using KGraph.Store;

namespace KGraph.Extraction.Training.Corpora;

/// <summary>
/// The English corpora: CoNLL04 (SpERT JSON: tokens, typed entities, relations) and Re-DocRED (documents with
/// mention clusters and Wikidata relations, each with its evidence sentences) label names throughout and give
/// relationships; KBP37 gives one labelled pair per sentence. Their relation labels become our types through
/// schema.yaml's mappings (conll04, wikidata, kbp37). Texts are tokens joined by spaces, as the gold readers
/// build them, so offsets agree.
/// </summary>
internal static class EnglishCorpora
{
    private static readonly Dictionary<string, string> Conll04Entities = new(StringComparer.Ordinal) { ["Peop"] = "PER", ["Org"] = "ORG", ["Loc"] = "LOC" };
    private static readonly Dictionary<string, string> RedocredEntities = new(StringComparer.Ordinal) { ["PER"] = "PER", ["ORG"] = "ORG", ["LOC"] = "LOC" };

    public static (List<EntityExample> Entities, List<RelationExample> Relations) Conll04(string path, CorpusLabels labels)
    {
        var entities = new List<EntityExample>();
        var relations = new List<RelationExample>();
        JsonRecords.Read(path, (record, _) =>
        {
            var tokens = record.Field("tokens").EnumerateArray().Select(t => t.GetString()!).ToList();
            var (text, offsets) = Join(tokens);
            var mentions = record.Field("entities").EnumerateArray()
                .Select(e => (Type: e.Field("type").GetString()!, Start: e.Field("start").GetInt32(), End: e.Field("end").GetInt32()))
                .ToList();
            var spans = mentions
                .Where(m => Conll04Entities.ContainsKey(m.Type))
                .Select(m => new LabelledSpan(offsets[m.Start], offsets[m.End - 1] + tokens[m.End - 1].Length, Conll04Entities[m.Type]))
                .ToList();
            entities.Add(new EntityExample("conll04", "en", text, spans));
            string Name(int index) => string.Join(' ', tokens.GetRange(mentions[index].Start, mentions[index].End - mentions[index].Start));
            var facts = record.Field("relations").EnumerateArray()
                .Select(r => (Type: r.Field("type").GetString()!, Head: r.Field("head").GetInt32(), Tail: r.Field("tail").GetInt32()))
                .Select(r => labels.Relation(r.Type, [Name(r.Head)], [Name(r.Tail)]))
                .ToList();
            relations.Add(new RelationExample("conll04", "en", text, facts, [.. mentions.Select((_, i) => Name(i))], PairCoverage.All));
            return 0;
        });
        return (entities, relations);
    }

    public static (List<EntityExample> Entities, List<RelationExample> Relations) Redocred(string path, CorpusLabels labels)
    {
        var entities = new List<EntityExample>();
        var relations = new List<RelationExample>();
        JsonRecords.Read(path, (document, _) =>
        {
            var sentences = document.Field("sents").EnumerateArray().Select(s => s.EnumerateArray().Select(t => t.GetString()!).ToList()).ToList();
            var text = new StringBuilder();
            var sentenceStart = new List<int>();
            var tokenOffsets = new List<List<int>>();
            foreach (var sentence in sentences)
            {
                if (text.Length > 0) text.Append(' ');
                sentenceStart.Add(text.Length);
                var offsets = new List<int>();
                for (var t = 0; t < sentence.Count; t++)
                {
                    if (t > 0) text.Append(' ');
                    offsets.Add(text.Length);
                    text.Append(sentence[t]);
                }
                tokenOffsets.Add(offsets);
            }
            sentenceStart.Add(text.Length + 1);
            var clusters = document.Field("vertexSet").EnumerateArray().Select(c => c.EnumerateArray().ToList()).ToList();
            var spans = new List<LabelledSpan>();
            foreach (var mention in clusters.SelectMany(c => c))
            {
                if (!RedocredEntities.TryGetValue(mention.Field("type").GetString()!, out var label)) continue;
                var s = mention.Field("sent_id").GetInt32();
                var pos = mention.Field("pos");
                var (first, last) = (pos[0].GetInt32(), pos[1].GetInt32() - 1);
                if (s >= sentences.Count || first < 0 || last >= sentences[s].Count || last < first) continue;
                spans.Add(new LabelledSpan(tokenOffsets[s][first], tokenOffsets[s][last] + sentences[s][last].Length, label));
            }
            var full = text.ToString();
            entities.Add(new EntityExample("redocred", "en", full, [.. spans.Distinct().OrderBy(s => s.Start)]));
            var names = clusters.Select(c => (IReadOnlyList<string>)[.. c.Select(m => m.Field("name").GetString()!).Distinct(StringComparer.Ordinal)]).ToList();
            var facts = new List<GoldRelation>();
            foreach (var label in document.Field("labels").EnumerateArray())
            {
                var (head, tail) = (label.Field("h").GetInt32(), label.Field("t").GetInt32());
                var evidence = label.TryGetProperty("evidence",
                    out var e) ? e.EnumerateArray().Select(x => x.GetInt32()).Where(x => x < sentences.Count).ToList() : [];
                // A fact is taught in a sentence its evidence names: one evidence sentence, or the range the evidence spans.
                var (from, to) = evidence.Count == 0 ? (0, int.MaxValue) : (sentenceStart[evidence.Min()], sentenceStart[evidence.Max() + 1] - 1);
                facts.Add(labels.Relation(label.Field("r").GetString()!, names[head], names[tail], from, to));
            }
            relations.Add(new RelationExample("redocred", "en", full, facts, [.. names.SelectMany(n => n)], PairCoverage.All, LabelsDates: true));
            return 0;
        });
        return (entities, relations);
    }

    /// <summary>KBP37: <c>E1 TAB E2 TAB relation(e1,e2) TAB sentence with &lt;e1&gt;…&lt;/e1&gt; &lt;e2&gt;…&lt;/e2&gt;</c>, one labelled pair a
    /// line.</summary>
    public static List<RelationExample> Kbp37(string path, CorpusLabels labels)
    {
        var examples = new List<RelationExample>();
        var line = 0;
        foreach (var raw in BoundedFile.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var parts = raw.Split('\t');
            if (parts.Length < 4) throw new InvalidDataException($"{path}:{line}: expected E1, E2, relation and sentence separated by tabs");
            var text = string.Join(' ', parts[3].Replace("<e1>", " ", StringComparison.Ordinal).Replace("</e1>", " ", StringComparison.Ordinal)
                .Replace("<e2>", " ", StringComparison.Ordinal).Replace("</e2>", " ", StringComparison.Ordinal)
                .Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var (e1, e2) = (parts[0].Trim(), parts[1].Trim());
            var relation = parts[2].Trim();
            var open = relation.IndexOf('(', StringComparison.Ordinal);
            // relation(e1,e2) reads "e1's relation is e2"; relation(e2,e1) the other way round.
            var (subject, obj) = relation.EndsWith("(e2,e1)", StringComparison.Ordinal) ? (e2, e1) : (e1, e2);
            var fact = labels.Relation(open < 0 ? relation : relation[..open], [subject], [obj]);
            examples.Add(new RelationExample("kbp37", "en", text, [fact], [e1, e2], PairCoverage.ListedPairsOnly));
        }
        return examples;
    }

    private static (string Text, List<int> Offsets) Join(List<string> tokens)
    {
        var text = new StringBuilder();
        var offsets = new List<int>(tokens.Count);
        foreach (var token in tokens)
        {
            if (text.Length > 0) text.Append(' ');
            offsets.Add(text.Length);
            text.Append(token);
        }
        return (text.ToString(), offsets);
    }
}
