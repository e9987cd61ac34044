using KGraph.Analysis.Paths;
using KGraph.Analysis.Views;
using KGraph.Model;

namespace KGraph.Analysis.Tests.Paths;

public class PathFinderTests
{
    private const int Anthropic = 0, Dario = 1, Elon = 2, Kimbal = 3, OpenAi = 4, Tesla = 6, Xai = 7;
    private static readonly GraphView View = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary);

    private static string Describe(EntityPath path) => string.Join(" ", path.Entities.Select(e => e.Id));

    [Fact]
    public void The_shortest_path_carries_every_relationship_of_each_hop_with_its_evidence()
    {
        var path = new PathFinder(View).Shortest(Dario, Elon)!;

        Assert.Equal("dario-amodei openai elon-musk", Describe(path));
        Assert.Equal(2, path.Length);
        Assert.Equal(["dario-amodei.works_at.openai.2016"], path.Hops[0].Relationships.Select(r => r.Id));
        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], path.Hops[1].Relationships.Select(r => r.Id));
        Assert.Equal(SampleGraph.SuitQuote, path.Hops[1].Relationships[1].Evidence.Single());
    }

    [Fact]
    public void K_shortest_lists_longer_detours_after_the_shortest_and_stops_when_none_are_left()
    {
        var paths = new PathFinder(View).KShortest(Dario, Elon, 5);

        Assert.Equal(["dario-amodei openai elon-musk", "dario-amodei anthropic openai elon-musk"], paths.Select(Describe));
    }

    [Fact]
    public void Rejected_relationships_are_not_paths_and_unreachable_entities_have_none()
    {
        var paths = new PathFinder(View).KShortest(Xai, Anthropic, 3);

        Assert.Equal(["xai elon-musk openai anthropic", "xai elon-musk openai dario-amodei anthropic"], paths.Select(Describe));
        var onlyFounded = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, new RelationshipFilter { Types = new HashSet<string> { "FOUNDED" } });
        Assert.Null(new PathFinder(onlyFounded).Shortest(Dario, Kimbal));
    }

    [Fact]
    public void Directed_paths_follow_relationships_from_subject_to_object()
    {
        var finder = new PathFinder(View, directed: true);

        Assert.Equal("elon-musk openai anthropic", Describe(finder.Shortest(Elon, Anthropic)!));
        Assert.Null(finder.Shortest(Tesla, Elon));
    }

    [Fact]
    public void An_entity_reaches_itself_in_zero_hops()
    {
        var path = new PathFinder(View).Shortest(OpenAi, OpenAi)!;

        Assert.Equal(0, path.Length);
        Assert.Equal("openai", Describe(path));
    }

    [Fact]
    public void K_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PathFinder(View).KShortest(Dario, Elon, 0));
    }

    [Fact]
    public void Yen_finds_all_simple_paths_of_a_square_with_a_diagonal_in_order()
    {
        // 0-1-2-3-0 plus 0-2: from 0 to 2 there is the diagonal, then 0-1-2 and 0-3-2.
        var graph = new Model.KnowledgeGraph([], Enumerable.Range(0, 4).Select(i => Some.Person($"p{i}", $"P{i}")),
            [Some.Relationship("p0", "MET", "p1"), Some.Relationship("p1", "MET", "p2"), Some.Relationship("p2", "MET", "p3"),
             Some.Relationship("p3", "MET", "p0"), Some.Relationship("p0", "MET", "p2")]);
        var paths = new PathFinder(GraphView.Build(graph, SampleGraph.Vocabulary)).KShortest(0, 2, 10);

        Assert.Equal(["p0 p2", "p0 p1 p2", "p0 p3 p2"], paths.Select(Describe));
    }
}
