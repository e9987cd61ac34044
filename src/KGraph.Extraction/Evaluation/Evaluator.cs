using KGraph.Extraction.Output;
using KGraph.Extraction.Reading;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Evaluation;

/// <summary>
/// Runs the extractor over a gold set's texts and scores what it finds: relationships (and the
/// entity properties the set labels) by exact (from, type, to) match, or, for CLUENER, name spans
/// by exact offsets. Only the types the set labels are scored.
/// </summary>
public sealed class Evaluator(ArticleExtractor extractor, GraphVocabulary? vocabulary = null)
{
    private static readonly string[] ScoredProps = ["founded", "parameters", "released"];
    private readonly GraphVocabulary _vocabulary = vocabulary ?? GraphVocabulary.BuiltIn;

    /// <param name="Rules">The rules (or models) whose evidence supports the fact: which of them a hit or a miss is owed to.</param>
    private sealed record Predicted(IReadOnlySet<string> From, string Type, IReadOnlySet<string> To, string Text, IReadOnlyList<string> Rules);

    public EvaluationReport Evaluate(GoldSet set)
    {
        var results = new ExtractionResult[set.Items.Count];
        Parallel.For(0, set.Items.Count, i =>
        {
            var item = set.Items[i];
            var article = new ArticleText(item.Path ?? item.Id + ".txt", KGraph.Text.TextNormalizer.Normalize(item.Text), Published: item.Published);
            results[i] = extractor.Extract(article);
        });
        return set.Format == GoldFormat.Cluener ? ScoreSpans(set, results) : ScoreFacts(set, results);
    }

    private EvaluationReport ScoreFacts(GoldSet set, ExtractionResult[] results)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var type in set.ScoredTypes) counts[type] = new int[3];
        var errors = new List<EvaluationError>();
        var sources = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var items = new ItemCounts[set.Items.Count];
        int headlines = 0, headlinesFound = 0;
        for (var i = 0; i < set.Items.Count; i++)
        {
            var before = Totals(counts);
            var item = set.Items[i];
            var gold = item.Facts.Where(f => set.ScoredTypes.Contains(f.Type)).ToList();
            var matched = new bool[gold.Count];
            foreach (var p in Predictions(set, item, results[i]))
            {
                if (!counts.TryGetValue(p.Type, out var count)) continue;
                var index = -1;
                for (var g = 0; g < gold.Count && index < 0; g++)
                    if (!matched[g] && Matches(gold[g], p)) index = g;
                if (index < 0)
                {
                    count[1]++;
                    Owe(sources, p.Rules, correct: false);
                    errors.Add(new EvaluationError(item.Id, "spurious", p.Text, Context(item)));
                    continue;
                }
                matched[index] = true;
                if (gold[index].Optional) continue;
                if (gold[index].NotFact)
                {
                    count[1]++;
                    Owe(sources, p.Rules, correct: false);
                    errors.Add(new EvaluationError(item.Id, "not-fact extracted", p.Text, Context(item)));
                    continue;
                }
                count[0]++;
                Owe(sources, p.Rules, correct: true);
            }
            for (var g = 0; g < gold.Count; g++)
            {
                if (gold[g].Headline)
                {
                    headlines++;
                    if (matched[g]) headlinesFound++;
                }
                if (matched[g] || gold[g].Optional || gold[g].NotFact) continue;
                counts[gold[g].Type][2]++;
                errors.Add(new EvaluationError(item.Id, "missed", $"{gold[g].From} {gold[g].Type} {gold[g].To}", Context(item)));
            }
            items[i] = Totals(counts) - before;
        }
        return Report(set, counts, errors) with
        {
            ItemCounts = items,
            Headlines = headlines > 0 ? new HeadlineScore(headlinesFound, headlines) : null,
            Sources = [.. sources.Select(s => new SourceScore(s.Key, s.Value[0], s.Value[1], s.Value[2], s.Value[3]))],
        };
    }

    /// <summary>A scored fact counted for each rule (or model) that supports it, and apart where it is the only support.</summary>
    private static void Owe(SortedDictionary<string, int[]> sources, IReadOnlyList<string> rules, bool correct)
    {
        foreach (var rule in rules)
        {
            if (!sources.TryGetValue(rule, out var counts)) sources[rule] = counts = new int[4];
            counts[correct ? 0 : 1]++;
            if (rules.Count == 1) counts[correct ? 2 : 3]++;
        }
    }

    private static List<string> SourcesOf(Relationship relationship) =>
        [.. relationship.Evidence.Select(e => e.Rule ?? "?").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];



    private bool Matches(GoldFact gold, Predicted p)
    {
        if (gold.Type != p.Type) return false;
        var from = (gold.FromNames.Count > 0 ? gold.FromNames : [gold.From]).Select(Normalize).ToList();
        var to = (gold.ToNames.Count > 0 ? gold.ToNames : [gold.To]).Select(ScoredProps.Contains(gold.Type) ? NormalizeValue : (Func<string,
            string>)Normalize).ToList();
        return (from.Exists(p.From.Contains) && to.Exists(p.To.Contains))
            || (_vocabulary.IsSymmetric(gold.Type) && to.Exists(p.From.Contains) && from.Exists(p.To.Contains));
    }

    /// <summary>The extraction's facts in the gold set's terms: its labels, and names (or the gold's ids for kgraph gold).</summary>
    private IEnumerable<Predicted> Predictions(GoldSet set, GoldItem item, ExtractionResult result)
    {
        var keys = result.Entities.ToDictionary(e => e.Id, e => Keys(set, item, e), StringComparer.Ordinal);
        IReadOnlySet<string> KeysOf(string id) => keys.TryGetValue(id, out var k) ? k : new HashSet<string> { id };
        // The same fact with two dates is one fact to a gold set that labels no dates.
        foreach (var r in result.Relationships.DistinctBy(r => (r.From, r.Type, r.To)))
        {
            if (set.Format == GoldFormat.Redocred)
            {
                foreach (var label in RedocredGold.Labels(r.Type, r.Role))
                    yield return new Predicted(KeysOf(r.From), label, KeysOf(r.To), $"{r.From} {label} {r.To} [{r.Evidence[0].Rule}]", SourcesOf(r));
                continue;
            }
            var type = set.Format switch
            {
                GoldFormat.Conll04 => Conll04Gold.Label(r.Type),
                // DuIE labels only 董事长 among leadership roles; a CEO is not its business.
                GoldFormat.Duie when r.Type == "LEADS" => r.Role is null or "chairman" ? r.Type : null,
                _ => r.Type,
            };
            if (type is null) continue;
            yield return new Predicted(KeysOf(r.From), type, KeysOf(r.To), $"{r.From} {type} {r.To} [{r.Evidence[0].Rule}]", SourcesOf(r));
        }
        foreach (var entity in result.Entities)
            foreach (var prop in ScoredProps)
                if (entity.Props.TryGetValue(prop, out var value))
                    yield return new Predicted(KeysOf(entity.Id), prop, new HashSet<string> { NormalizeValue(value.ToString()) },
                        $"{entity.Id} {prop} {value}", []);
    }

    private static HashSet<string> Keys(GoldSet set, GoldItem item, Entity entity)
    {
        var names = entity.Mentions.Select(m => m.Text).Append(entity.Name).Concat(entity.Aliases).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        if (set.Format != GoldFormat.Kgraph) return names;
        if (item.EntityNames.ContainsKey(entity.Id)) return [entity.Id];
        var gold = item.EntityNames.Where(e => e.Value.Select(Normalize).Any(names.Contains)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return gold.Count > 0 ? gold : [entity.Id];
    }

    private static string Normalize(string name) => name.Trim().TrimEnd('.');

    private static string NormalizeValue(string value) =>
        PartialDate.TryParse(value, out var date) ? date.ToString() : Relations.DateFinder.Parse(value)?.ToString() ?? value.Trim();

    private static string Context(GoldItem item) => item.Text.Length <= 160 ? item.Text : item.Text[..160] + "…";

    private static EvaluationReport ScoreSpans(GoldSet set, ExtractionResult[] results)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var label in CluenerGold.ScoredLabels) counts[label] = new int[3];
        var errors = new List<EvaluationError>();
        var items = new ItemCounts[set.Items.Count];
        for (var i = 0; i < set.Items.Count; i++)
        {
            var before = Totals(counts);
            var item = set.Items[i];
            var gold = item.Spans.Where(s => CluenerGold.ScoredLabels.Contains(s.Label)).ToList();
            var neutral = item.Spans.Where(s => s.Label == CluenerGold.NeutralLabel).Select(s => (s.Start, s.End)).ToHashSet();
            var found = new HashSet<GoldSpan>();
            var predicted = results[i].Entities
                .Where(e => e.Type is "Person" or "Organization")
                .SelectMany(e => e.Mentions.Select(m => (m.Span.Start, m.Span.End, e.Type, m.Text)))
                .Distinct();
            foreach (var (start, end, type, text) in predicted)
            {
                var hit = gold.FirstOrDefault(g => g.Start == start && g.End == end && (type == "Person") == (g.Label == "name"));
                if (hit is not null)
                {
                    found.Add(hit);
                    counts[hit.Label][0]++;
                }
                else if (!neutral.Contains((start, end)))
                {
                    // A wrong span is charged to the label its type stands for.
                    counts[type == "Person" ? "name" : gold.FirstOrDefault(g => g.Start == start && g.End == end)?.Label ?? "organization"][1]++;
                    errors.Add(new EvaluationError(item.Id, "spurious", $"{type} {text}", Context(item)));
                }
            }
            foreach (var missed in gold.Where(g => !found.Contains(g)))
            {
                counts[missed.Label][2]++;
                errors.Add(new EvaluationError(item.Id, "missed", $"{missed.Label} {item.Text[missed.Start..missed.End]}", Context(item)));
            }
            items[i] = Totals(counts) - before;
        }
        return Report(set, counts, errors) with { ItemCounts = items };
    }

    private static ItemCounts Totals(SortedDictionary<string, int[]> counts) =>
        new(counts.Values.Sum(c => c[0]), counts.Values.Sum(c => c[1]), counts.Values.Sum(c => c[2]));

    private static EvaluationReport Report(GoldSet set, SortedDictionary<string, int[]> counts, List<EvaluationError> errors)
    {
        var types = counts.Select(c => new TypeScore(c.Key, c.Value[0], c.Value[1], c.Value[2])).ToList();
        var overall = new TypeScore("overall (micro)", types.Sum(t => t.TruePositives), types.Sum(t => t.FalsePositives), types.Sum(t => t.FalseNegatives));
        return new EvaluationReport(set.Name, set.Format, set.Items.Count, types, overall, errors);
    }
}
