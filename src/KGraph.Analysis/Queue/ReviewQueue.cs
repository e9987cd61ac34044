using KGraph.Model;
using KGraph.Reviews;

namespace KGraph.Analysis.Queue;

/// <summary>
/// The extracted facts nobody has accepted, rejected or attached yet, most important first. A fact's priority is
/// <c>0.5 × uncertainty + 0.25 × support + 0.25 × centrality</c>, each part in 0..1:
/// uncertainty = 1 − confidence (0.5 when the extractor gave none): doubtful facts need a person most;
/// support = 1 − 1/quotes: a fact many quotes repeat matters more (one quote 0, two 0.5, four 0.75);
/// centrality = the larger degree (facts, rejected ones aside) of its two ends over the graph's largest: facts about central entities reach further.
/// Curated facts (written by people) are never in the queue.
/// </summary>
public static class ReviewQueue
{
    public const double UncertaintyWeight = 0.5;
    public const double SupportWeight = 0.25;
    public const double CentralityWeight = 0.25;

    /// <summary>What the uncertainty counts when an extracted fact carries no confidence.</summary>
    public const double UnknownConfidence = 0.5;

    public static IReadOnlyList<QueueItem> Build(KnowledgeGraph graph, IEnumerable<ReviewEntry> log, QueueFilter? filter = null)
    {
        filter ??= QueueFilter.All;
        var decided = log.Where(e => e.Action is ReviewAction.Accept or ReviewAction.Reject or ReviewAction.Attach)
            .Select(e => e.Relationship!).ToHashSet(StringComparer.Ordinal);
        var waiting = graph.Relationships
            .Where(r => r.Status == RelationshipStatus.Extracted && !decided.Contains(r.Id) && filter.Matches(r))
            .ToList();
        if (waiting.Count == 0) return [];

        // Degree, not PageRank: PageRank over these arcs favours what facts point at (companies, products) and
        // ranks a founder of five companies low; degree counts every fact an entity takes part in.
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in graph.Relationships.Where(r => r.Status != RelationshipStatus.Rejected))
        {
            degree[r.From] = degree.GetValueOrDefault(r.From) + 1;
            if (r.To != r.From) degree[r.To] = degree.GetValueOrDefault(r.To) + 1;
        }
        var top = degree.Count == 0 ? 0 : degree.Values.Max();
        double Centrality(string id) => top == 0 ? 0 : (double)degree.GetValueOrDefault(id) / top;

        return waiting
            .Select(r =>
            {
                var uncertainty = 1 - Math.Clamp(r.Confidence ?? UnknownConfidence, 0, 1);
                var support = r.Evidence.Count == 0 ? 0 : 1 - 1.0 / r.Evidence.Count;
                var centrality = Math.Max(Centrality(r.From), Centrality(r.To));
                var priority = UncertaintyWeight * uncertainty + SupportWeight * support + CentralityWeight * centrality;
                return new QueueItem(r, Math.Round(priority, 3), Math.Round(uncertainty, 3), Math.Round(support, 3), Math.Round(centrality, 3));
            })
            .OrderByDescending(q => q.Priority)
            .ThenBy(q => q.Relationship.Id, StringComparer.Ordinal)
            .ToList();
    }
}
