using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Reviews;
using KGraph.Store;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>
/// Merges any set of files into one graph: extracted namesakes kept apart unless the evidence
/// agrees (<see cref="NamesakeRule"/>), entities by id and then by name across scripts and
/// spellings, the review log replayed in order, relationships deduplicated with their
/// evidence pooled. Every conflict is reported with the position of both sides.
/// </summary>
public sealed class GraphResolver(GraphVocabulary vocabulary)
{
    public ResolvedGraph Resolve(IReadOnlyList<GraphFile> files, IReadOnlyList<Located<ReviewEntry>> reviews, DiagnosticBag diagnostics)
    {
        // A "distinct" after a "merge" of the same two reverses it: replay again without that merge until none is found.
        var reversed = new Dictionary<int, int>();
        while (true)
        {
            var attempt = new DiagnosticBag();
            var (resolved, reversals) = ResolveOnce(files, reviews, reversed, attempt);
            var found = reversals.Where(r => !reversed.ContainsKey(r.Key)).ToList();
            if (found.Count == 0)
            {
                diagnostics.AddRange(attempt.Sorted());
                return resolved;
            }
            foreach (var (merge, distinct) in found) reversed[merge] = distinct;
        }
    }

    private (ResolvedGraph, Dictionary<int, int>) ResolveOnce(
        IReadOnlyList<GraphFile> files, IReadOnlyList<Located<ReviewEntry>> reviews, IReadOnlyDictionary<int, int> reversedMerges, DiagnosticBag diagnostics)
    {
        var distinct = DistinctPairs(reviews);
        bool KeptApart(string a, string b) => distinct.Contains(Pair(a, b));
        var ordered = new NamesakeRule(vocabulary, KeptApart).Apply(files.OrderBy(f => f.Layer).ThenBy(f => f.Path, StringComparer.Ordinal).ToList());
        var documents = ResolveDocuments(ordered, diagnostics);
        var entities = new EntityTable(diagnostics);
        foreach (var file in ordered)
            foreach (var entity in file.Entities)
                entities.Add(entity, file.Layer);
        entities.LinkByName(KeptApart);

        var relationships = new RelationshipTable(vocabulary, diagnostics);
        foreach (var file in ordered)
            foreach (var relationship in file.Relationships)
                relationships.Add(relationship, entities.Redirect);

        var replay = new ReviewReplay(vocabulary, entities, relationships, diagnostics, reversedMerges);
        foreach (var review in reviews)
            replay.Apply(review);

        var finalEntities = entities.Final();
        var byId = finalEntities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var finalRelationships = relationships.Final(byId);
        var graph = new KnowledgeGraph(documents.Values.Select(d => d.Value), finalEntities, finalRelationships.Select(r => r.Value));
        return (new ResolvedGraph(graph, documents, entities.Origins(), finalRelationships), replay.Reversals);
    }

    /// <summary>The pairs of ids a <c>distinct</c> decision keeps apart, as written, so that linking by name respects them.</summary>
    private static HashSet<(string, string)> DistinctPairs(IReadOnlyList<Located<ReviewEntry>> reviews) =>
        reviews.Where(r => r.Value.Action == ReviewAction.Distinct).Select(r => Pair(r.Value.Entity!, r.Value.Other!)).ToHashSet();

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static Dictionary<string, Located<Document>> ResolveDocuments(IEnumerable<GraphFile> files, DiagnosticBag diagnostics)
    {
        var documents = new Dictionary<string, Located<Document>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var doc in file.Documents)
            {
                if (!documents.TryGetValue(doc.Value.Id, out var first))
                    documents[doc.Value.Id] = doc;
                else if (first.Value != doc.Value)
                    diagnostics.Error(doc.PositionOf("id"), $"document '{doc.Value.Id}' is defined twice with different fields (first at {first.At})");
            }
        }
        return documents;
    }
}
