using KGraph.Analysis.Queue;
using KGraph.Model;
using KGraph.Reviews;

namespace KGraph.Analysis.Tests.Queue;

public class ReviewQueueTests
{
    private static Evidence Quote(int start) => new("doc", new TextSpan(start, start + 5), "quote");

    // Degrees, rejected facts aside: ann 3, octo 3, bob 2, pico 2.
    private static readonly KnowledgeGraph Graph = Some.Graph(
        [Some.Person("ann", "Ann"), Some.Person("bob", "Bob"), Some.Organization("octo", "Octo"), Some.Organization("pico", "Pico")],
        Some.Relationship("ann", "WORKS_AT", "octo"),
        Some.Relationship("ann", "FOUNDED", "octo", confidence: 0.9, status: RelationshipStatus.Extracted, evidence: [Quote(0), Quote(10), Quote(20)]),
        Some.Relationship("bob", "WORKS_AT", "octo", confidence: 0.4, status: RelationshipStatus.Extracted, evidence: Quote(30)),
        Some.Relationship("bob", "FOUNDED", "pico", status: RelationshipStatus.Extracted, evidence: Quote(40)),
        Some.Relationship("ann", "INVESTED_IN", "pico", confidence: 0.95, status: RelationshipStatus.Extracted),
        Some.Relationship("bob", "LEADS", "pico", confidence: 0.5, status: RelationshipStatus.Rejected));

    private static readonly ReviewEntry[] Log = [new(ReviewAction.Attach, Relationship: "ann.invested_in.pico", Onto: "ann.works_at.octo")];

    [Fact]
    public void Waiting_facts_are_ordered_by_uncertainty_support_and_centrality()
    {
        var queue = ReviewQueue.Build(Graph, Log);
        Assert.Equal(
            [
                ("bob.works_at.octo", 0.55, 0.6, 0.0, 1.0),
                ("ann.founded.octo", 0.467, 0.1, 0.667, 1.0),
                ("bob.founded.pico", 0.417, 0.5, 0.0, 0.667),
            ],
            queue.Select(q => (q.Relationship.Id, q.Priority, q.Uncertainty, q.Support, q.Centrality)));
    }

    [Fact]
    public void Curated_rejected_and_logged_facts_are_not_in_the_queue()
    {
        var ids = ReviewQueue.Build(Graph, Log).Select(q => q.Relationship.Id).ToList();
        Assert.DoesNotContain("ann.works_at.octo", ids);
        Assert.DoesNotContain("bob.leads.pico", ids);
        Assert.DoesNotContain("ann.invested_in.pico", ids);
        Assert.Contains("ann.invested_in.pico", ReviewQueue.Build(Graph, []).Select(q => q.Relationship.Id));
    }

    [Fact]
    public void Type_and_confidence_filters_narrow_the_queue_a_fact_without_confidence_counting_as_half()
    {
        var founded = ReviewQueue.Build(Graph, Log, new QueueFilter { Types = new HashSet<string> { "FOUNDED" } });
        Assert.Equal(["ann.founded.octo", "bob.founded.pico"], founded.Select(q => q.Relationship.Id));
        var sure = ReviewQueue.Build(Graph, Log, new QueueFilter { MinConfidence = 0.5 });
        Assert.Equal(["ann.founded.octo", "bob.founded.pico"], sure.Select(q => q.Relationship.Id));
        Assert.Empty(ReviewQueue.Build(Graph, Log, new QueueFilter { MinConfidence = 0.91 }));
    }
}
