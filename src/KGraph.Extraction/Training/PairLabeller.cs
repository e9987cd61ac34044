using KGraph.Extraction.Learning;
using KGraph.Extraction.Learning.Relations;
using KGraph.Extraction.Scripts;
using KGraph.Extraction.Training.Corpora;
using KGraph.Vocabulary;

namespace KGraph.Extraction.Training;

/// <summary>
/// The labels of a pair of references the extractor found, read from a corpus's facts by name: TYPE&gt; when the
/// first reference is the fact's subject, TYPE&lt; when the second is, TYPE= for a symmetric type, NONE when the
/// corpus says the pair has none of our relationships. A pair the corpus does not label, or whose names only
/// partly match the corpus's names, gets no label at all: it is left out rather than taught as "none".
/// </summary>
internal sealed class PairLabeller(GraphVocabulary vocabulary)
{
    public List<string> Labels(RelationExample example, Pair pair, Sentence sentence, IReadOnlyList<RoleMention> roles,
        IReadOnlyList<Coreference.EntityReference> references)
    {
        var dated = pair.A.TypeCode == 'D' || pair.B.TypeCode == 'D';
        if (dated && !example.LabelsDates) return [];
        var a = Names(pair.A);
        var b = Names(pair.B);
        var labels = new List<string>();
        var explicitNone = false;
        foreach (var fact in example.Relations)
        {
            var forward = Any(fact.From, a) && Any(fact.To, b);
            var backward = Any(fact.From, b) && Any(fact.To, a);
            if (!forward && !backward) continue;
            if (fact.Type is null)
            {
                explicitNone = true;
                continue;
            }
            // A fact known only from other sentences of a document is not taught here, nor denied.
            if (sentence.End <= fact.EvidenceStart || sentence.Start >= fact.EvidenceEnd) return [];
            var label = fact.Type + (vocabulary.IsSymmetric(fact.Type) || PropertyLabels.IsProperty(fact.Type) ? "=" : forward ? ">" : "<");
            if (!labels.Contains(label)) labels.Add(label);
        }
        if (labels.Count > 0) return labels;
        if (explicitNone) return [ClassifierModel.None];
        return example.Coverage switch
        {
            PairCoverage.All when !PartlyListed(a, example.ListedNames) && !PartlyListed(b, example.ListedNames) => [ClassifierModel.None],
            PairCoverage.AllButEmployment when !PartlyListed(a, example.ListedNames) && !PartlyListed(b, example.ListedNames)
                && !TitledPersonAndOrganization(pair, roles, references) => [ClassifierModel.None],
            _ => [],
        };
    }

    /// <summary>
    /// A person and an organisation with no other person or organisation between them, and a LEADS, WORKS_AT or
    /// MEMBER_OF role word between or within a few characters of them (X公司总裁Y): possibly employment.
    /// </summary>
    private static bool TitledPersonAndOrganization(Pair pair, IReadOnlyList<RoleMention> roles, IReadOnlyList<Coreference.EntityReference> references)
    {
        var types = pair.A.TypeCode.ToString() + pair.B.TypeCode;
        if (types is not ("PO" or "OP")) return false;
        foreach (var r in references)
            if (r.Start >= pair.A.End && r.End <= pair.B.Start && r.TypeCode is 'P' or 'O') return false;
        foreach (var role in roles)
            if (role.Type is "LEADS" or "WORKS_AT" or "MEMBER_OF" && role.Start >= pair.A.Start - 8 && role.End <= pair.B.End + 8) return true;
        return false;
    }

    private static HashSet<string> Names(Coreference.EntityReference reference) =>
        reference.Entities.SelectMany(e => e.AllNames()).Select(Normalize).ToHashSet(StringComparer.Ordinal);

    private static bool Any(IReadOnlyList<string> gold, HashSet<string> names)
    {
        foreach (var name in gold)
            if (names.Contains(Normalize(name))) return true;
        return false;
    }

    /// <summary>A name that is part of a labelled name, or holds one, without being one: the labels cannot say what this pair is.</summary>
    private static bool PartlyListed(HashSet<string> names, IReadOnlyList<string> listed)
    {
        foreach (var name in names)
            foreach (var gold in listed)
            {
                var g = Normalize(gold);
                if (g != name && (g.Contains(name, StringComparison.Ordinal) || name.Contains(g, StringComparison.Ordinal))) return true;
            }
        return false;
    }

    private static string Normalize(string name) => name.Trim().TrimEnd('.');
}
