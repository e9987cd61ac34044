using KGraph.Model;
using KGraph.Store;

namespace KGraph.Core.Tests.Resolution;

public class RepeatedFactsTests
{
    private const string People = """
        kgraph: 1
        documents: [{id: d1}]
        entities:
          - {id: elon-musk, type: Person, name: Elon Musk}
          - {id: tesla, type: Organization, name: Tesla}
        relationships:

        """;

    private static IReadOnlyList<Relationship> Facts(params string[] relationships)
    {
        using var root = Some.DataRoot(("curated/a.yaml", People + string.Concat(relationships.Select(r => $"  - {r}\n"))));
        var result = GraphLoader.Load([root.Path], new LoadOptions { Texts = null });
        Assert.Empty(result.Diagnostics);
        return result.Graph.Relationships;
    }

    private static string Evidence(string quote) => $"evidence: [{{doc: d1, span: [0, 1], quote: {quote}}}]";

    [Fact]
    public void Three_leads_edges_become_two_because_chairman_and_chief_executive_are_different_roles()
    {
        var facts = Facts(
            "{from: elon-musk, type: LEADS, to: tesla, role: chairman, start: 2004, end: 2018-11}",
            "{from: elon-musk, type: LEADS, to: tesla, role: CEO, start: 2008-10}",
            $"{{id: x1, from: elon-musk, type: LEADS, to: tesla, role: ceo, status: extracted, confidence: 0.8, {Evidence("chief")}}}");
        Assert.Equal(
            [("elon-musk.leads.tesla.2004", "chairman", 0), ("elon-musk.leads.tesla.2008-10", "CEO", 1)],
            facts.Select(f => (f.Id, f.Role, f.Evidence.Count)));
        Assert.Equal(RelationshipStatus.Reviewed, facts[1].Status);
    }

    [Fact]
    public void Facts_with_the_same_start_at_two_precisions_or_one_within_the_others_span_collapse_with_pooled_evidence()
    {
        var facts = Facts(
            $"{{from: elon-musk, type: LEADS, to: tesla, start: 2008, {Evidence("a")}}}",
            $"{{from: elon-musk, type: LEADS, to: tesla, start: 2008-10, {Evidence("b")}}}",
            $"{{from: elon-musk, type: INVESTED_IN, to: tesla, start: 2004, end: 2020, {Evidence("c")}}}",
            $"{{from: elon-musk, type: INVESTED_IN, to: tesla, start: 2006, end: 2007-05, {Evidence("d")}}}");
        Assert.Equal(
            [("elon-musk.invested_in.tesla.2004", "2004", "2020", "c d"), ("elon-musk.leads.tesla.2008", "2008", "", "a b")],
            facts.Select(f => (f.Id, f.Start?.ToString(), f.End?.ToString() ?? "", string.Join(" ", f.Evidence.Select(e => e.Quote)))));
    }

    [Fact]
    public void Facts_whose_dates_or_properties_conflict_stay_separate()
    {
        var facts = Facts(
            "{from: elon-musk, type: LEADS, to: tesla, start: 2004}",
            "{from: elon-musk, type: LEADS, to: tesla, start: 2008}",
            "{from: elon-musk, type: INVESTED_IN, to: tesla, props: {amount: 6500000}}",
            "{id: i2, from: elon-musk, type: INVESTED_IN, to: tesla, props: {amount: 70000000}}",
            "{id: i3, from: elon-musk, type: INVESTED_IN, to: tesla, props: {currency: USD}}");
        Assert.Equal(["elon-musk.invested_in.tesla", "elon-musk.leads.tesla.2004", "elon-musk.leads.tesla.2008", "i2", "i3"], facts.Select(f => f.Id));
    }
}
