using System.Text.RegularExpressions;
using KGraph.Model;
using KGraph.Neo4j.Gds;
using KGraph.Vocabulary;

namespace KGraph.Neo4j.Tests.Gds;

public sealed class GdsAnalysisPlanTests
{
    internal static readonly GdsSettings Settings = new(0.85, 1e-10, 1000, SamplingSize: 3, SamplingSeed: 42);

    /// <summary>a FOUNDED b, b COMPETES_WITH c (symmetric): 3 entities, 2 relationships, 3 arcs.</summary>
    internal static GdsAnalysisPlan Plan(GdsSettings? settings = null) => GdsAnalysisPlan.For(
        "kgraph-test",
        ["a", "b", "c"],
        [Fact("a", "FOUNDED", "b"), Fact("b", "COMPETES_WITH", "c")],
        GraphVocabulary.BuiltIn,
        settings ?? Settings);

    internal static Relationship Fact(string from, string type, string to) => new() { Id = $"{from}.{type}.{to}", From = from, Type = type, To = to };

    [Fact]
    public void Entities_and_the_kept_relationships_travel_as_ID_parameters_and_only_their_types_are_matched()
    {
        var plan = Plan();

        Assert.Equal(["a", "b", "c"], (IEnumerable<string>)plan.ProjectArcs.Parameters["entities"]!);
        Assert.Equal(["a.FOUNDED.b", "b.COMPETES_WITH.c"], (IEnumerable<string>)plan.ProjectPairs.Parameters["relationships"]!);
        Assert.Equal(["COMPETES_WITH"], (IEnumerable<string>)plan.ProjectArcs.Parameters["symmetricTypes"]!);
        Assert.Contains("-[r:FOUNDED|COMPETES_WITH]-", plan.ProjectArcs.Statement, StringComparison.Ordinal);
        Assert.Equal((2, 3), (plan.RelationshipCount, plan.ArcCount));
    }

    [Fact]
    public void Each_projection_has_its_own_name_and_the_name_is_only_ever_a_parameter()
    {
        var plan = Plan();

        Assert.Equal(["kgraph-test-arcs", "kgraph-test-pairs", "kgraph-test-arcs", "kgraph-test-pairs", "kgraph-test-pairs", "kgraph-test-pairs",
            "kgraph-test-arcs", "kgraph-test-pairs", "kgraph-test-pairs", "kgraph-test-arcs"],
            plan.Steps.Skip(1).Concat(plan.Drops).Select(s => (string)s.Parameters["graph"]!));
        Assert.DoesNotContain(plan.Steps.Concat(plan.Drops), s => s.Statement.Contains("kgraph-test", StringComparison.Ordinal));
    }

    [Fact]
    public void Betweenness_is_exact_when_the_sample_covers_every_entity()
    {
        var exact = Plan();
        var sampled = Plan(Settings with { SamplingSize = 2, SamplingSeed = 7 });

        Assert.True(exact.IsExactBetweenness);
        Assert.Equal((3, 42), ((int)exact.Betweenness.Parameters["samplingSize"]!, (int)exact.Betweenness.Parameters["samplingSeed"]!));
        Assert.False(sampled.IsExactBetweenness);
        Assert.Equal((2, 7), ((int)sampled.Betweenness.Parameters["samplingSize"]!, (int)sampled.Betweenness.Parameters["samplingSeed"]!));
    }

    [Fact]
    public void A_relationship_whose_type_is_not_in_the_vocabulary_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => GdsAnalysisPlan.For("g", ["a", "b"], [Fact("a", "HATES", "b")], GraphVocabulary.BuiltIn, Settings));

        Assert.Equal("relationship 'a.HATES.b' has type 'HATES', which is not in the vocabulary", e.Message);
    }

    [Fact]
    public void Projection_names_are_safe_and_differ_every_run()
    {
        var now = new DateTimeOffset(2026, 12, 5, 17, 15, 0, TimeSpan.FromHours(8));

        var first = ProjectionName.New(now);
        var second = ProjectionName.New(now);

        Assert.Matches(new Regex("^kgraph-20261205-091500-[0-9a-f]{8}$"), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void The_dry_run_describes_every_statement_and_which_projection_it_uses()
    {
        var text = Plan().Describe(write: true);

        Assert.StartsWith(
            "// Neo4j Graph Data Science: 3 entities and 2 relationships, sent by id as $entities and $relationships\n" +
            "// Two projections, named anew each run (kgraph-<time>-<random>-arcs and -pairs); both are dropped at the end, also after a failure\n\n" +
            "// check that Graph Data Science is installed\nRETURN gds.version() AS version;\n\n" +
            "// project the directed view (PageRank); $graph: the directed projection\nMATCH (source:Entity)\n",
            text, StringComparison.Ordinal);
        Assert.EndsWith(
            "// drop the directed projection; $graph: the directed projection\nCALL gds.graph.drop($graph, false)\nYIELD graphName\nRETURN graphName;\n\n" +
            "// --write: the report's scores onto the entities, 3 rows\n" + GdsStatements.WriteScores() + ";\n",
            text, StringComparison.Ordinal);
        Assert.Equal(12, Regex.Count(text, ";\n"));
    }
}
