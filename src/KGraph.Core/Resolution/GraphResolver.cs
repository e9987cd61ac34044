using KGraph.Diagnostics;
using KGraph.Model;
using KGraph.Reviews;
using KGraph.Store;
using KGraph.Vocabulary;
using KGraph.Yaml;

namespace KGraph.Resolution;

/// <summary>
/// Merges any set of files into one graph: entities by id and then by name across scripts
/// and spellings, the review log replayed in order, relationships deduplicated with their
/// evidence pooled. Every conflict is reported with the position of both sides.
/// </summary>
public sealed class GraphResolver(GraphVocabulary vocabulary)
{
    public ResolvedGraph Resolve(IReadOnlyList<GraphFile> files, IReadOnlyList<Located<ReviewEntry>> reviews, DiagnosticBag diagnostics)
    {
        var ordered = files.OrderBy(f => f.Layer).ThenBy(f => f.Path, StringComparer.Ordinal).ToList();
        var documents = ResolveDocuments(ordered, diagnostics);
        var entities = new EntityTable(diagnostics);
        foreach (var file in ordered)
            foreach (var entity in file.Entities)
                entities.Add(entity, file.Layer);
        entities.LinkByName();

        var relationships = new RelationshipTable(vocabulary, diagnostics);
        foreach (var file in ordered)
            foreach (var relationship in file.Relationships)
                relationships.Add(relationship, entities.Redirect);

        foreach (var review in reviews)
            Apply(review, entities, relationships, diagnostics);

        var finalEntities = entities.Final();
        var byId = finalEntities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var finalRelationships = relationships.Final(byId);
        var graph = new KnowledgeGraph(documents.Values.Select(d => d.Value), finalEntities, finalRelationships.Select(r => r.Value));
        return new ResolvedGraph(graph, documents, entities.Origins(), finalRelationships);
    }

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

    private void Apply(Located<ReviewEntry> located, EntityTable entities, RelationshipTable relationships, DiagnosticBag diagnostics)
    {
        var review = located.Value;
        switch (review.Action)
        {
            case ReviewAction.Merge:
            case ReviewAction.Rename:
                var from = review.From!;
                var to = review.Action == ReviewAction.Merge ? review.Into! : review.To!;
                var what = review.Action == ReviewAction.Merge ? "merge" : "rename";
                if (!entities.Contains(from))
                    diagnostics.Warning(located.PositionOf("from"), $"{what}: entity '{from}' is not in the data; review skipped");
                else if (review.Action == ReviewAction.Merge && !entities.Contains(to))
                    diagnostics.Warning(located.PositionOf("into"), $"merge: entity '{to}' is not in the data; review skipped");
                else if (review.Action == ReviewAction.Rename && entities.IsTakenByAnother(to, from))
                    diagnostics.Error(located.PositionOf("to"), $"rename: id '{to}' is already taken; use merge to combine two entities");
                else if (review.Action == ReviewAction.Rename)
                {
                    var current = entities.Redirect(from);
                    entities.Rename(from, to);
                    relationships.Redirect(current, to);
                }
                else if (!entities.MergeOrRename(from, to, located.At))
                    diagnostics.Error(located.At, $"{what}: '{from}' and '{to}' have different types");
                else
                    relationships.Redirect(from, to);
                break;
            case ReviewAction.Reject:
            case ReviewAction.Accept:
                var status = review.Action == ReviewAction.Reject ? RelationshipStatus.Rejected : RelationshipStatus.Reviewed;
                if (!relationships.SetStatus(review.Relationship!, status))
                    diagnostics.Warning(located.PositionOf("relationship"), $"{review.Action.ToString().ToLowerInvariant()}: relationship '{review.Relationship}' is not in the data; review skipped");
                break;
        }
    }
}
