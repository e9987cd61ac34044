using KGraph.Extraction.Coreference;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Relations;
using KGraph.Model;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Learning.Relations;

/// <summary>
/// Classifies every pair of references in a sentence with a trained <see cref="ClassifierModel"/>: the most
/// probable label other than NONE becomes a fact (its probability the fact's confidence), if the vocabulary
/// allows its endpoint types and its clause is neither negated nor hedged. Labels are TYPE&gt; (the first
/// reference is the subject), TYPE&lt; (the second is) and TYPE= (symmetric types).
/// </summary>
internal sealed class ModelRelationFinder(ClassifierModel model, RelationFeatures features, RoleFinder roles, RelationRuleSet rules, GraphVocabulary vocabulary)
{
    public string RuleName { get; } = ModelRules.For(rules.File.Lang);

    public void Find(string text, Scripts.Sentence sentence, MarkedSentence marked, IReadOnlyList<Token> words, IReadOnlyList<FoundFact> ruleFacts,
        PartialDate? published, List<FoundFact> facts)
    {
        if (marked.References.Count == 0) return;
        var pairs = Pairs.Of(text, sentence.Start, sentence.End, marked, words, Pairs.Dates(text, sentence, marked, published));
        if (pairs.Count == 0) return;
        var roleWords = roles.Find(text, sentence.Start, sentence.End);
        Span<float> probabilities = stackalloc float[model.Labels.Count];
        var dated = new List<(Pair Pair, string Property, float Probability)>();
        foreach (var pair in pairs)
        {
            model.Predict(features.Extract(pair, text, marked, words, roleWords, ruleFacts), probabilities);
            var best = 0;
            for (var l = 1; l < probabilities.Length; l++)
                if (probabilities[l] > probabilities[best]) best = l;
            if (best == 0) continue;
            var clause = text.AsSpan(pair.ClauseStart, pair.ClauseEnd - pair.ClauseStart);
            if (RelationMatcher.ContainsAny(clause, rules.Hedging) || RelationMatcher.ContainsAny(clause, rules.Negation)) continue;
            if (PropertyLabels.IsProperty(model.Labels[best][..^1]))
            {
                dated.Add((pair, model.Labels[best][..^1], probabilities[best]));
                continue;
            }
            // A pair may hold two facts (founder and chairman): every label at least half as likely as the best.
            for (var l = 1; l < probabilities.Length; l++)
                if (l == best || probabilities[l] >= probabilities[best] / 2)
                    Add(text, pair, model.Labels[l], probabilities[l], roleWords, published, facts);
        }
        // A date founds one organisation: the one the model is surest of.
        foreach (var group in dated.GroupBy(d => Date(d.Pair).Start))
        {
            var (pair, property, _) = group.MaxBy(d => d.Probability);
            SetProperty(property, pair);
        }
    }

    private static EntityReference Date(Pair pair) => pair.A.Entities[0].Type == EntityTypes.Date ? pair.A : pair.B;

    private void Add(string text, Pair pair, string label, float probability, List<RoleMention> roleWords, PartialDate? published, List<FoundFact> facts)
    {
        var type = label[..^1];
        if (PropertyLabels.IsProperty(type)) return;
        var (from, to) = label[^1] == '<' ? (pair.B, pair.A) : (pair.A, pair.B);
        var role = RoleFor(type, from, to, roleWords);
        // Kinship is always worded (wife, son, 父亲): two people side by side are not family without such a word.
        if (type == "FAMILY" && role is null) return;
        // Work for an organisation in a leading post (CEO, chairman) is leading it: the corpora label both as employment.
        if (type == "WORKS_AT" && RoleFor("LEADS", from, to, roleWords) is { } leading) (type, role) = ("LEADS", leading);
        if (vocabulary.RelationshipType(type) is not { } definition) return;
        var props = new Dictionary<string, object>(StringComparer.Ordinal);
        if (type == "FAMILY" && role is not null) props["relation"] = role;
        var start = rules.File.DatedTypes.Contains(type) ? DateFinder.Find(text.AsSpan(pair.ClauseStart, pair.ClauseEnd - pair.ClauseStart), published) : null;
        var span = new TextSpan(pair.ClauseStart, pair.ClauseEnd);
        var confidence = Math.Round(probability, 2);
        foreach (var a in from.Entities)
            foreach (var b in to.Entities)
            {
                if (a == b || a.Type == EntityTypes.Name || b.Type == EntityTypes.Name || !definition.Allows(a.Type, b.Type)) continue;
                a.UsedByRelationship = b.UsedByRelationship = true;
                facts.Add(new FoundFact(a, type, b, type == "FAMILY" ? null : role, props, confidence, span, RuleName, start));
            }
    }

    /// <summary>A date property (founded) of the pair's organisation, unless a rule or an earlier sentence set it: the first statement wins.</summary>
    private static void SetProperty(string property, Pair pair)
    {
        var (organization, date) = pair.A.Entities[0].Type == EntityTypes.Date ? (pair.B, pair.A) : (pair.A, pair.B);
        if (date.Entities[0].Type != EntityTypes.Date) return;
        foreach (var entity in organization.Entities)
        {
            if (entity.Type != EntityTypes.Organization) continue;
            lock (entity.Props) entity.Props.TryAdd(property, Scalar.Of(date.Entities[0].Name));
        }
    }

    /// <summary>The role word of this type nearest to the pair (between them first, then just around them).</summary>
    private static string? RoleFor(string type, EntityReference from, EntityReference to, List<RoleMention> roleWords)
    {
        var (a, b) = from.Start < to.Start ? (from, to) : (to, from);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var role in roleWords)
        {
            if (role.Type != type) continue;
            var distance = role.Start >= a.End && role.End <= b.Start ? 0
                : role.End <= a.Start ? a.Start - role.End
                : role.Start >= b.End ? role.Start - b.End
                : int.MaxValue;
            if (distance > 12 || distance >= bestDistance) continue;
            best = role.Role;
            bestDistance = distance;
        }
        return best;
    }
}
