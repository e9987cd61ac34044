namespace KGraph.Cli.Tests.Commands;

public sealed class NeighborsCommandTests : IClassFixture<AnalysisFixture>
{
    private readonly AnalysisFixture _fixture;

    public NeighborsCommandTests(AnalysisFixture fixture) => _fixture = fixture;

    [Fact]
    public void Neighbors_lists_entities_by_distance_and_the_relationships_among_them()
    {
        var (code, stdout, _) = _fixture.Run("neighbors", "Acme", "--depth", "2", "--data", _fixture.Data, "--until", "2022");

        Assert.Equal(0, code);
        Assert.Equal("""
            Acme (acme): 2 entities within 2 hops, 2 relationships (until 2022)
            distance 1:
              Ada Lovelace (ada), Person
              Bob Stone (bob), Person
            relationships:
              ada FOUNDED acme, 2020
                (no evidence recorded)
              bob WORKS_AT acme, 2021 – 2022
                (no evidence recorded)

            """, stdout);
    }

    [Fact]
    public void A_negative_depth_is_a_usage_error()
    {
        var (code, _, stderr) = _fixture.Run("neighbors", "acme", "--depth", "-1", "--data", _fixture.Data);

        Assert.Equal(2, code);
        Assert.Equal("kgraph: --depth must be between 0 and 10 (got -1)\n", stderr);
    }
}
