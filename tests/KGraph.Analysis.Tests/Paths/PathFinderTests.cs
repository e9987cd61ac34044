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
    public void TheShortestPathCarriesEveryRelationshipOfEachHopWithItsEvidence()
    {
        var path = new PathFinder(View).Shortest(Dario, Elon)!;

        Assert.Equal("dario-amodei openai elon-musk", Describe(path));
        Assert.Equal(2, path.Length);
        Assert.Equal(["dario-amodei.works_at.openai.2016"], path.Hops[0].Relationships.Select(r => r.Id));
        Assert.Equal(["elon-musk.founded.openai.2015-12", "elon-musk.sued.openai.2024"], path.Hops[1].Relationships.Select(r => r.Id));
        Assert.Equal(SampleGraph.SuitQuote, path.Hops[1].Relationships[1].Evidence.Single());
    }

    [Fact]
    public void KShortestListsLongerDetoursAfterTheShortestAndStopsWhenNoneAreLeft()
    {
        var paths = new PathFinder(View).KShortest(Dario, Elon, 5);

        Assert.Equal(["dario-amodei openai elon-musk", "dario-amodei anthropic openai elon-musk"], paths.Select(Describe));
    }

    [Fact]
    public void RejectedRelationshipsAreNotPathsAndUnreachableEntitiesHaveNone()
    {
        var paths = new PathFinder(View).KShortest(Xai, Anthropic, 3);

        Assert.Equal(["xai elon-musk openai anthropic", "xai elon-musk openai dario-amodei anthropic"], paths.Select(Describe));
        var onlyFounded = GraphView.Build(SampleGraph.Graph, SampleGraph.Vocabulary, new RelationshipFilter { Types = new HashSet<string> { "FOUNDED" } });
        Assert.Null(new PathFinder(onlyFounded).Shortest(Dario, Kimbal));
    }

    [Fact]
    public void DirectedPathsFollowRelationshipsFromSubjectToObject()
    {
        var finder = new PathFinder(View, directed: true);

        Assert.Equal("elon-musk openai anthropic", Describe(finder.Shortest(Elon, Anthropic)!));
        Assert.Null(finder.Shortest(Tesla, Elon));
    }

    [Fact]
    public void AnEntityReachesItselfInZeroHops()
    {
        var path = new PathFinder(View).Shortest(OpenAi, OpenAi)!;

        Assert.Equal(0, path.Length);
        Assert.Equal("openai", Describe(path));
    }

    [Fact]
    public void KMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PathFinder(View).KShortest(Dario, Elon, 0));
    }

    [Fact]
    public void YenFindsAllSimplePathsOfASquareWithADiagonalInOrder()
    {
        // 0-1-2-3-0 plus 0-2: from 0 to 2 there is the diagonal, then 0-1-2 and 0-3-2.
        var graph = new Model.KnowledgeGraph([], Enumerable.Range(0, 4).Select(i => Some.Person($"p{i}", $"P{i}")),
            [Some.Relationship("p0", "MET", "p1"), Some.Relationship("p1", "MET", "p2"), Some.Relationship("p2", "MET", "p3"),
             Some.Relationship("p3", "MET", "p0"), Some.Relationship("p0", "MET", "p2")]);
        var paths = new PathFinder(GraphView.Build(graph, SampleGraph.Vocabulary)).KShortest(0, 2, 10);

        Assert.Equal(["p0 p2", "p0 p1 p2", "p0 p3 p2"], paths.Select(Describe));
    }
}
